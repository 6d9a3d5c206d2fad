import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { GroupScore, ScoreResult } from '../model/result.js';

/** Groups of one tier, in catalogue order (domains, then aspects, for the SPBE catalogues). */
export function tiersOf(
  catalogue: Catalogue,
  result: ScoreResult,
  lang: Language,
): { tier: string; plural: string; groups: GroupScore[] }[] {
  return catalogue.tiers.map((tier) => ({
    tier: tier.id,
    plural: tier.plural[lang],
    groups: result.groups.filter((group) => group.tier === tier.id),
  }));
}

/** The heading line: agency and year when the assessment names them. */
export function subjectOf(result: ScoreResult): string {
  const parts = [result.assessment.agency, result.assessment.year?.toString()].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.join(' · ');
}
