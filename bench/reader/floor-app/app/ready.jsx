"use client";
import { useEffect } from "react";

/** Marks the first frame after hydration, as the reader marks its own `reader:ready`. */
export function Ready() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark("floor:ready"), 0));
  }, []);
  return null;
}
