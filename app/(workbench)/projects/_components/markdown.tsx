import { Fragment, type ReactNode } from "react";

/**
 * A small Markdown subset for guidelines, drawn as React elements (never as HTML, so nothing a
 * manager types can run in an annotator's page): headings, paragraphs, bullet and numbered
 * lists, block quotes, fenced code, and inline **bold**, *italic*, `code` and [links](https://…).
 */
export function Markdown({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    if (line.startsWith("```")) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith("```")) code.push(lines[i++]);
      i++;
      blocks.push(<pre key={blocks.length}>{code.join("\n")}</pre>);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1].length + 2, 6);
      const Tag = `h${level}` as "h3";
      blocks.push(<Tag key={blocks.length}>{inline(heading[2])}</Tag>);
      i++;
      continue;
    }
    const list = /^\s*([-*+]|\d+[.)])\s+/;
    if (list.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      while (i < lines.length && list.test(lines[i])) items.push(lines[i++].replace(list, ""));
      const List = ordered ? "ol" : "ul";
      blocks.push(
        <List key={blocks.length}>
          {items.map((item, n) => (
            <li key={n}>{inline(item)}</li>
          ))}
        </List>,
      );
      continue;
    }
    if (line.startsWith(">")) {
      const quote: string[] = [];
      while (i < lines.length && lines[i].startsWith(">")) quote.push(lines[i++].replace(/^>\s?/, ""));
      blocks.push(<blockquote key={blocks.length}>{inline(quote.join(" "))}</blockquote>);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== "" && !/^(#{1,4}\s|```|>|\s*([-*+]|\d+[.)])\s)/.test(lines[i])) {
      para.push(lines[i++]);
    }
    blocks.push(<p key={blocks.length}>{inline(para.join(" "))}</p>);
  }
  return <div className="markdown">{blocks}</div>;
}

/**
 * The next index of `token` at or after `from`, remembered per token: the text is scanned left to
 * right, so each search starts where an earlier one ended and the whole line is read a bounded
 * number of times (a regular expression split here was quadratic on a long line of unclosed
 * `[` or `` ` ``).
 */
function finder(text: string) {
  const memo = new Map<string, { from: number; at: number }>();
  return (token: string, from: number): number => {
    const seen = memo.get(token);
    if (seen && seen.from <= from && (seen.at === -1 || seen.at >= from)) return seen.at;
    const at =
      token === " "
        ? (() => {
            const space = /\s/g;
            space.lastIndex = from;
            return space.exec(text)?.index ?? -1;
          })()
        : text.indexOf(token, from);
    memo.set(token, { from, at });
    return at;
  };
}

/** One span of inline markup starting at `i`, or null: what it draws and where the text goes on. */
function markupAt(text: string, i: number, next: ReturnType<typeof finder>) {
  const key = `m${i}`;
  const c = text[i];
  if (c === "*" && text[i + 1] === "*") {
    const end = next("*", i + 2);
    if (end > i + 2 && text[end + 1] === "*")
      return { node: <strong key={key}>{text.slice(i + 2, end)}</strong>, to: end + 2 };
  }
  if (c === "*" && text[i + 1] !== undefined && text[i + 1] !== "*" && !/\s/.test(text[i + 1])) {
    const end = next("*", i + 1);
    if (end > i + 1) return { node: <em key={key}>{text.slice(i + 1, end)}</em>, to: end + 1 };
  }
  if (c === "`") {
    const end = next("`", i + 1);
    if (end > i + 1) return { node: <code key={key}>{text.slice(i + 1, end)}</code>, to: end + 1 };
  }
  if (c === "[") {
    const close = next("]", i + 1);
    if (close > i + 1 && text[close + 1] === "(") {
      const end = next(")", close + 2);
      const space = next(" ", close + 2);
      if (end > close + 2 && (space === -1 || space > end)) {
        const label = text.slice(i + 1, close);
        const href = text.slice(close + 2, end);
        // Only web and mail links: a javascript: URL would run in the reader's page.
        const node = /^(https?:|mailto:)/i.test(href) ? (
          <a key={key} href={href} rel="noreferrer noopener" target="_blank">
            {label}
          </a>
        ) : (
          <Fragment key={key}>{label}</Fragment>
        );
        return { node, to: end + 1 };
      }
    }
  }
  return null;
}

/** **bold**, *italic*, `code` and [links](https://…) in one line, in one pass. */
function inline(text: string): ReactNode {
  const next = finder(text);
  const parts: ReactNode[] = [];
  let plain = 0;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    const found = c === "*" || c === "`" || c === "[" ? markupAt(text, i, next) : null;
    if (!found) {
      i++;
      continue;
    }
    if (i > plain) parts.push(<Fragment key={`t${plain}`}>{text.slice(plain, i)}</Fragment>);
    parts.push(found.node);
    i = plain = found.to;
  }
  if (plain < text.length) parts.push(<Fragment key={`t${plain}`}>{text.slice(plain)}</Fragment>);
  return parts;
}
