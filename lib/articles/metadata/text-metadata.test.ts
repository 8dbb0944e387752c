import { describe, expect, it } from "vitest";
import { cleanText } from "../cleaning/clean-text";
import { readCorpusFile } from "@/lib/seed/corpus";
import { extractTextMetadata } from "./text-metadata";

const metadataOf = (raw: string) => extractTextMetadata(raw, cleanText(raw).text);

describe("extractTextMetadata on the corpus", () => {
  it.each([
    [
      "000_04ee4c34df0cde31.txt",
      { title: "Russia Opts for Direct Intervention in Syrian Conflict", publishedAt: "2013-02-20" },
    ],
    // No date (only "Sept. 18", no year), no byline, no site name: nothing is guessed.
    ["001_3209e347425c0a49.txt", { title: "Russia’s growing support of Syrian government causes global concern" }],
    // The author box credits AFP; the site hosting it is never named, and the text gives no date.
    [
      "002_3cab5c4bd9d3191d.txt",
      { title: "Russia ready to discuss Syria ceasefire at international talks", author: "AFP" },
    ],
    [
      "003_5470af8f7851618f.txt",
      {
        title: "Russian, Iranian and Assad camps lose interest in diplomacy",
        publisher: "The Syrian Observatory For Human Rights",
        author: "Maria Dubovikova",
      },
    ],
    [
      "004_4c6646da87a4e47d.txt",
      {
        title: "Hillary Clinton Meets With Russia's Foreign Minister About Syria",
        publisher: "Neon Tommy",
        author: "Danielle Tarasiuk",
        publishedAt: "2012-12-06",
      },
    ],
  ])("%s", (file, expected) => {
    expect(metadataOf(readCorpusFile(file))).toEqual(expected);
  });
});

describe("extractTextMetadata on synthetic pages", () => {
  const body =
    "Officials met on Tuesday in Geneva to discuss a ceasefire, aid convoys and a timetable for the next round of talks, the ministry said.";

  it("reads a 'By' byline, a Published line and a copyright footer", () => {
    const raw = `Example Daily News\n\nTalks resume in Geneva\n\nBy Jane Doe\n\nPublished: 3 March 2020\n\n${body}\n\n© 2020 Example Daily News. All rights reserved.`;
    expect(metadataOf(raw)).toEqual({
      title: "Talks resume in Geneva",
      publisher: "Example Daily News",
      author: "Jane Doe",
      publishedAt: "2020-03-03",
    });
  });

  it("does not take dates from the body or 'Updated' stamps", () => {
    const raw = `Talks resume in Geneva\n\nUpdated: March 4, 2020\n\n${body} The truce began on March 1, 2020.`;
    expect(metadataOf(raw)).toEqual({ title: "Talks resume in Geneva" });
  });

  it("does not read a headline starting with 'By' as a byline", () => {
    const raw = `By Monday, Talks Will Resume\n\n${body}`;
    expect(metadataOf(raw)).toEqual({ title: "By Monday, Talks Will Resume" });
  });

  it("returns nothing for bare prose", () => {
    expect(metadataOf(body)).toEqual({});
    expect(metadataOf("")).toEqual({});
  });
});
