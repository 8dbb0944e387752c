import { describe, expect, it } from "vitest";
import { canonicalText } from "./canonical-text";
import { cleanText, type RemovedBlock } from "./clean-text";
import { readCorpus, readCorpusFile } from "@/lib/seed/corpus";
import { normalizeRaw, splitBlocks } from "./text-blocks";

const clean = (file: string) => cleanText(readCorpusFile(file));
const paragraphs = (text: string) => text.split("\n\n");
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
const removedAs = (removed: RemovedBlock[], text: string) =>
  removed.filter((r) => r.text === text).map((r) => r.reason);

describe("cleanText on every corpus article", () => {
  const corpus = readCorpus();

  it("finds the five seed articles", () => {
    expect(corpus.map((c) => c.file)).toHaveLength(5);
  });

  it.each(corpus)("$file: canonical, deterministic, idempotent and fully accounted for", ({ raw }) => {
    const result = cleanText(raw);
    expect(cleanText(raw)).toEqual(result);
    expect(canonicalText(result.text)).toBe(result.text);
    expect(result.text).not.toMatch(/\r|[ \t]\n|\n{3,}|^\s|\s$/);
    expect(cleanText(result.text).text).toBe(result.text);
    // Every block is either kept (in order) or listed as removed at its index.
    const blocks = splitBlocks(normalizeRaw(raw));
    for (const r of result.removed) expect(blocks[r.index]).toBe(r.text);
    const removedIndex = new Set(result.removed.map((r) => r.index));
    expect(paragraphs(result.text)).toEqual(blocks.filter((_, i) => !removedIndex.has(i)));
  });
});

describe("000 (blog post with a comment)", () => {
  const { text, removed } = clean("000_04ee4c34df0cde31.txt");

  it("drops the dateline and the comment section", () => {
    expect(removedAs(removed, "Wednesday, February 20, 2013")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "1 comment:")).toEqual(["comments"]);
    expect(text).not.toContain("I think Russia's offer");
    expect(text).not.toContain("Hopefully the Russian government");
  });

  it("keeps headline, prose and works cited", () => {
    expect(paragraphs(text)[0]).toBe("Russia Opts for Direct Intervention in Syrian Conflict");
    expect(text).toContain("The UN declared Syria a crisis, with four million people in need of aid.");
    expect(text).toContain("Works Cited:");
    expect(text).toContain("“UN Warns of ‘humanitarian tragedy’ in Syria.” Al Jazeera 20 February 2013.");
    // Indentation and double spaces inside lines are normalized away.
    expect(text).toContain("(Al Jazeera). Russia has been adamant");
    expect(text).toContain("\n\nThe presence of foreign aid is also a problem");
  });
});

describe("001 (comment form, share button, doubled photo credit)", () => {
  const { text, removed } = clean("001_3209e347425c0a49.txt");

  it("drops the comment form and everything after 'Leave a Reply'", () => {
    expect(removedAs(removed, "Pin It")).toEqual(["boilerplate"]);
    for (const line of [
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "* Copy This Password *",
      "* Type Or Paste Password Here *",
    ]) {
      expect(removedAs(removed, line)).toEqual(["comments"]);
    }
    expect(text).not.toContain("You may use these HTML tags");
  });

  it("drops the repeated photo credit", () => {
    expect(removedAs(removed, "Photo Credit: The Diplomacy Post")).toEqual(["boilerplate", "repeated-caption"]);
  });

  it("keeps subheadings and prose to the last paragraph", () => {
    expect(text).toContain(
      "Canada’s views on Russian involvement in Syria\n\nPrime Minister Stephen Harper voiced his opposition",
    );
    expect(paragraphs(text).at(-1)).toMatch(
      /^Currently Russia’s drones are stationed outside of an air base near Latakia/,
    );
  });
});

describe("002 (whole article twice, captions, agency footer, promos)", () => {
  const { text, removed } = clean("002_3cab5c4bd9d3191d.txt");

  it("drops navigation chrome", () => {
    expect(removedAs(removed, "Connect with us")).toEqual(["navigation"]);
    expect(removedAs(removed, "Hi, what are you looking for?")).toEqual(["navigation"]);
    expect(paragraphs(text)[0]).toBe("Russia ready to discuss Syria ceasefire at international talks");
  });

  it("keeps exactly one copy of the doubled article", () => {
    for (const sentence of [
      "Russia said Thursday it was ready to discuss a ceasefire in Syria",
      "Analysts see little hope of reconciling the fundamental differences.",
      "Lack of US commitment",
      "Russia destabilising the West",
      "More than one million Syrians are living under siege an NGO report says",
      "Russia launched its Syrian air campaign on September 30",
      "The US special envoy for the fight against the Islamic State (IS) group",
    ]) {
      expect(occurrences(text, sentence), sentence).toBe(1);
    }
    // The second copy differs in typography (curly quotes, en dashes) and is still recognised.
    expect(removed.filter((r) => r.reason === "duplicate-block").length).toBeGreaterThanOrEqual(30);
    expect(removedAs(removed, "– Lack of US commitment –")).toEqual(["duplicate-block"]);
    expect(paragraphs(text).at(-1)).toMatch(/^Turkish President Recep Tayyip Erdogan .* "a pool of blood"\.$/);
  });

  it("collapses captions: immediate repeats, truncated teasers and photo credits", () => {
    expect(text).toContain(
      "More than 260,000 people have been killed and half the population displaced since Syria's conflict began in 2011",
    );
    expect(text).not.toContain("confl...");
    expect(text).not.toContain("in Zurich...");
    expect(removedAs(removed, "Bulent Kilic, AFP/File")).toEqual(["boilerplate", "boilerplate"]);
    expect(removedAs(removed, ", Russian Defence Ministry/AFP/File")).toHaveLength(2);
    expect(text).not.toMatch(/AFP\/File|Loaui Beshara|Louai Beshara/);
  });

  it("drops the agency footer and the promo list", () => {
    expect(removedAs(removed, "AFP")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "Written By")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "You may also like:")).toEqual(["promo"]);
    expect(text).not.toContain("AFP covers the world");
    expect(text).not.toContain("TikTok");
    expect(text).not.toContain("Wanna buy some ignorance?");
  });
});

describe("003 (masthead, pull-quote, author bio)", () => {
  const { text, removed } = clean("003_5470af8f7851618f.txt");

  it("drops the masthead, the pull-quote with its name line and the rule", () => {
    expect(removedAs(removed, "The Syrian Observatory For Human Rights")).toEqual(["navigation"]);
    expect(removedAs(removed, "Maria Dubovikova")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "__________")).toEqual(["empty"]);
    expect(occurrences(text, "The situation over Syria is hanging on a knife edge.")).toBe(1);
    expect(text).toContain("direct rivalry. Hopefully peace talks will resume");
  });

  it("keeps headline, subheading and bio", () => {
    expect(paragraphs(text)[0]).toBe("Russian, Iranian and Assad camps lose interest in diplomacy");
    expect(text).toContain("\n\nUndesirable developments\n\n");
    expect(paragraphs(text).at(-1)).toMatch(/^Maria Dubovikova is a President of IMESClub/);
  });
});

describe("004 (site banner, byline block, promo)", () => {
  const { text, removed } = clean("004_4c6646da87a4e47d.txt");

  it("drops banner, masthead, byline, dateline, role, credits, contact line and promos", () => {
    expect(removedAs(removed, "warning Hi, we've moved to USCANNENBERGMEDIA.COM. Visit us there!")).toEqual([
      "boilerplate",
    ]);
    expect(removedAs(removed, "Neon Tommy - Annenberg digital news")).toEqual(["navigation"]);
    expect(removedAs(removed, "Danielle Tarasiuk |")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "December 6, 2012 | 10:32 a.m. PST")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "Executive Producer")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "Flickr/ Creative Commons")).toEqual(["boilerplate", "repeated-caption"]);
    expect(removedAs(removed, "Email Danielle Tarasiuk here or follow her on Twitter.")).toEqual(["boilerplate"]);
    expect(removedAs(removed, "Buzz")).toEqual(["promo"]);
    expect(text).not.toContain("Craig Gillespie");
    expect(text).not.toContain("State of the Union recap");
  });

  it("keeps the reporting, including quoted passages and their lead-ins", () => {
    expect(paragraphs(text)[0]).toBe("Hillary Clinton Meets With Russia's Foreign Minister About Syria");
    expect(text).toContain("Syria’s 20-month civil war that has left over 30,000 people dead");
    expect(text).toContain("The New York Times reports:");
    expect(text).toContain("The Washington Post reports:");
    expect(paragraphs(text).at(-1)).toMatch(/^Russian intervention is likely to come only if/);
  });
});

describe("cleanText rules on synthetic input", () => {
  const SENTENCES = [
    "Officials met on Tuesday in Geneva to discuss a ceasefire, aid convoys and a timetable for the next round of talks.",
    "The delegation said fighting around the northern city had displaced thousands of families over the past fortnight.",
    "Diplomats from three neighbouring countries asked for guarantees that humanitarian corridors would stay open.",
    "A spokesman for the opposition coalition told reporters that no agreement would be signed while sieges continued.",
    "Analysts cautioned that previous truces had collapsed within days because local commanders ignored their orders.",
    "The foreign ministry published a statement late on Wednesday welcoming what it called constructive discussions.",
    "Relief agencies estimated that food stocks in the besieged districts would run out before the end of the month.",
    "Several delegates proposed that international monitors be deployed along the front line to verify compliance.",
  ];
  const body = (from: number, count: number) => SENTENCES.slice(from, from + count).join("\n\n");

  it("normalizes line endings, Unicode, odd spaces and blank lines", () => {
    const raw = "Cafe\u0301 headline  \r\n\r\n\r\n\u00a0Second\u00a0 line\u200b\rThird\t \r\n";
    expect(cleanText(raw).text).toBe("Café headline\n\nSecond line\n\nThird");
    expect(cleanText("").text).toBe("");
    expect(cleanText(" \n\n \n").removed).toEqual([]);
  });

  it("joins hard-wrapped lines but not captions, bylines or headings", () => {
    const raw = "The minister said the talks would\ncontinue next week in Geneva.\nA separate line";
    expect(paragraphs(cleanText(raw).text)).toEqual([
      "The minister said the talks would continue next week in Geneva.",
      "A separate line",
    ]);
  });

  it("never drops long sentences for containing boilerplate words", () => {
    const sentence =
      "Readers were told to leave a reply, share this article and subscribe to the newsletter, the paper said in a statement on Monday.";
    expect(cleanText(`${body(0, 3)}\n\n${sentence}\n\n${body(3, 2)}`).text).toContain(sentence);
  });

  it("ignores a comment heading near the top of the article", () => {
    const raw = `${body(0, 1)}\n\nComments\n\n${body(1, 7)}`;
    expect(paragraphs(cleanText(raw).text)).toHaveLength(9);
  });

  it("ends a promo list at a full-length paragraph", () => {
    const long = `${SENTENCES[6]} ${SENTENCES[7]}`;
    const { text, removed } = cleanText(`${body(0, 6)}\n\nRelated\n\nShort teaser one\n\n${long}`);
    expect(removed.map((r) => r.reason)).toEqual(["promo", "promo"]);
    expect(text).toContain(long);
  });

  it("collapses a whole article repeated with small edits", () => {
    const first = body(0, 6);
    const second = first
      .replace("met on Tuesday", "met on Wednesday")
      .replace("three neighbouring", "three of the neighbouring")
      .replace(/,/g, " ,");
    const { text, removed } = cleanText(`Headline here\n\n${first}\n\n${second}`);
    expect(text).toBe(`Headline here\n\n${first}`);
    expect(removed.map((r) => r.reason)).toEqual(Array(6).fill("duplicate-block"));
  });

  it("keeps distinct paragraphs on the same subject", () => {
    expect(paragraphs(cleanText(body(0, 8)).text)).toHaveLength(8);
  });

  it("keeps short lines that legitimately recur outside a copied run", () => {
    const raw = `${body(0, 2)}\n\nUpdate\n\n${body(2, 1)}\n\nUpdate\n\n${body(3, 1)}`;
    expect(occurrences(cleanText(raw).text, "Update")).toBe(2);
  });
});
