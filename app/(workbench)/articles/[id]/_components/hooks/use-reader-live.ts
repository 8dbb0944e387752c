"use client";

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { markEditorLive, markReady } from "../reader-timing";

/**
 * `live` once the reader has hydrated (every handler attached, every highlight on screen), and
 * the performance marks of the reader's start (`reader-timing.ts`): call `onDrawn` when the
 * editor has drawn paragraphs (it marks the first time only).
 */
export function useReaderLive(textRef: RefObject<HTMLElement | null>) {
  const [live, setLive] = useState(false);

  useLayoutEffect(() => {
    performance.mark("reader:hydrated");
  }, []);

  useEffect(() => {
    setLive(true);
    if (textRef.current) markReady(textRef.current);
  }, [textRef]);

  const drawnOnce = useRef(false);
  const onDrawn = () => {
    if (drawnOnce.current) return;
    drawnOnce.current = true;
    markEditorLive();
  };

  return { live, onDrawn };
}
