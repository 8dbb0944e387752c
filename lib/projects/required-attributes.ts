import { attributeField, type KindAttributes } from "./vocabulary";

type ClaimAttributes = Record<(typeof attributeField)[keyof typeof attributeField], unknown>;

/**
 * The attributes a kind requires that a claim leaves empty (by attribute name), e.g. a casualty
 * kind that requires a value. A range is only required of claims whose qualifier is "range":
 * "range required" means "a range must have both bounds", not "every claim is a range".
 */
export function missingAttributes(
  attributes: KindAttributes,
  claim: ClaimAttributes & { qualifier: string | null },
): (keyof KindAttributes)[] {
  return (Object.keys(attributes) as (keyof KindAttributes)[]).filter((name) => {
    if (attributes[name] !== "required") return false;
    if (name === "range" && claim.qualifier !== "range") return false;
    const value = claim[attributeField[name]];
    return value === null || value === undefined || value === "";
  });
}
