import type { Catalogue, Issue, Language, LevelInput } from '../index.js';
import { el } from './dom.js';
import { indicatorField, type IndicatorField } from './indicator-field.js';
import { entryKeys } from './level-keys.js';

/** The entry form of a catalogue: one fieldset per group of indicators, in the catalogue's order. */
export interface AssessmentForm {
  readonly element: HTMLElement;
  /** Shows each field's issues (and clears the others). */
  showIssues(byField: ReadonlyMap<string, readonly Issue[]>): void;
}

export function assessmentForm(
  catalogue: Catalogue,
  levels: Readonly<Record<string, LevelInput>>,
  lang: Language,
  onChange: (id: string, input: LevelInput | undefined) => void,
): AssessmentForm {
  const fields = new Map<string, IndicatorField>();
  const keys = entryKeys(catalogue, levels);
  const fieldsets = catalogue.groups
    .filter((group) => group.childKind === 'indicator')
    .map((group) =>
      el(
        'fieldset',
        { class: 'group' },
        el('legend', {}, `${group.id} · ${group.name[lang]}`),
        ...catalogue.indicators.slice(group.from, group.to).map((indicator) => {
          const key = keys.get(indicator.id);
          const field = indicatorField(indicator, key === undefined ? undefined : levels[key], lang, (input) => onChange(indicator.id, input));
          fields.set(indicator.id, field);
          return field.element;
        }),
      ),
    );
  return {
    element: el('div', { class: 'assessment-form' }, ...fieldsets),
    showIssues(byField) {
      for (const [id, field] of fields) field.showIssues(byField.get(id));
    },
  };
}
