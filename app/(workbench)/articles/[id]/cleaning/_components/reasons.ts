/**
 * Words for the reasons cleaning records (`RemovalReason` in lib/articles/cleaning/boilerplate-rules).
 * Kept as plain strings rather than importing that type: a record written by an older or newer
 * cleaner may carry a reason this list does not know, and it must still show.
 */
const REASONS: Record<string, { label: string; explanation: string }> = {
  boilerplate: {
    label: "Boilerplate",
    explanation:
      "Site furniture: share buttons, bylines and datelines, photo credits, copyright lines, sign-up prompts.",
  },
  "duplicate-block": {
    label: "Duplicate block",
    explanation: "A paragraph that already appeared earlier in the page, such as a second copy of the story.",
  },
  "repeated-caption": {
    label: "Repeated caption",
    explanation: "An image caption printed again next to its photo or at another place in the page.",
  },
  navigation: {
    label: "Navigation",
    explanation: "Menus, search boxes, section names and other links around the article.",
  },
  comments: { label: "Comments", explanation: "Reader comments and the comment form after the article." },
  promo: {
    label: "Promo",
    explanation: "Teasers for other stories: “You may also like”, related articles, trending lists.",
  },
  empty: { label: "Empty", explanation: "A block with no words in it, such as a separator line." },
  advertisement: {
    label: "Advertisement",
    explanation: "An ad inside the text, such as “Sponsored: …” or “Advertisement – …” with the ad after it.",
  },
  newsletter: {
    label: "Newsletter prompt",
    explanation: "An invitation to sign up for a newsletter, briefing or alerts.",
  },
  caption: {
    label: "Caption",
    explanation: "A photo caption: a figure's caption in the page, or a line ending in its photo credit.",
  },
  "not-main-content": {
    label: "Outside the article",
    explanation:
      "Left out by Readability, which finds the page's main text: cookie banners, mastheads, comment threads, teasers and the like.",
  },
  sidebar: { label: "Sidebar", explanation: "A box beside the article (an <aside>): most-read lists, promotions." },
  footer: { label: "Footer", explanation: "The page's footer: copyright, contact and legal links." },
  form: { label: "Form", explanation: "A form in the page, such as a sign-up or search box." },
  dialog: { label: "Dialog", explanation: "A pop-up in the page, such as a consent or subscription dialog." },
};

/** The readable label of a reason, falling back to the code spelled out ("some-reason" → "Some reason"). */
export function reasonLabel(reason: string): string {
  const known = REASONS[reason];
  if (known) return known.label;
  const words = reason.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Other";
}

export function reasonExplanation(reason: string): string | undefined {
  return REASONS[reason]?.explanation;
}
