import type { Indicator, Issue, Language, LevelInput } from '../index.js';
import { el, replace } from './dom.js';
import { t } from './labels.js';
import { entryKind, fieldText, isMeasured, readSelect, readValueField, selectValue } from './level-input.js';

/** One indicator's field: its control, and how to show the library's issues on it. */
export interface IndicatorField {
  readonly element: HTMLElement;
  showIssues(issues: readonly Issue[] | undefined): void;
}

/** The meaning of a level and, where the catalogue has them, its criteria. */
function levelNotes(indicator: Indicator, level: number, lang: Language): HTMLElement[] {
  const scaleLevel = indicator.scale.levels.find((entry) => entry.level === level);
  if (scaleLevel === undefined) return [];
  const criteria = [...(indicator.criteria?.find((entry) => entry.level === level)?.criteria ?? []), ...(scaleLevel.criteria ?? [])];
  const meaning = el('p', {}, `${scaleLevel.name[lang]}: ${scaleLevel.meaning[lang]}`);
  if (criteria.length === 0) return [meaning];
  return [meaning, el('p', { class: 'criteria-title' }, t('criteria', lang)), el('ul', { class: 'criteria' }, ...criteria.map((criterion) => el('li', {}, criterion.text[lang])))];
}

/** A list of the scale's levels, each showing its name; the chosen level's meaning and criteria below it. */
function levelSelect(indicator: Indicator, input: LevelInput | undefined, lang: Language, describedBy: string, notes: HTMLElement, onChange: (input: LevelInput | undefined) => void): HTMLSelectElement {
  const current = selectValue(input);
  const option = (value: string, text: string) => el('option', { value, selected: value === current }, text);
  const select = el(
    'select',
    { id: `level-${indicator.id}`, 'aria-describedby': describedBy, 'data-indicator': indicator.id },
    option('', t('choose', lang)),
    ...indicator.scale.levels.map((level) => option(String(level.level), `${level.level} · ${level.name[lang]}`)),
    indicator.notApplicable && option('na', t('notApplicable', lang)),
    current === 'kept' && option('kept', `${t('keptFromFile', lang)}: ${JSON.stringify(input)}`),
  );
  const showNotes = () => replace(notes, ...(/^\d+$/u.test(select.value) ? levelNotes(indicator, Number(select.value), lang) : []));
  showNotes();
  select.addEventListener('change', () => {
    showNotes();
    onChange(readSelect(select.value, input));
  });
  return select;
}

/** A value input for a fractional scale; with a measure, a switch between a value and a measured value. */
function valueInput(indicator: Indicator, input: LevelInput | undefined, lang: Language, describedBy: string, hint: HTMLElement, onChange: (input: LevelInput | undefined) => void): HTMLElement {
  const field = el('input', {
    id: `level-${indicator.id}`,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    value: fieldText(input, lang),
    'aria-describedby': describedBy,
    'data-indicator': indicator.id,
  });
  const measure = indicator.measure;
  const measured = measure === null ? null : el('input', { type: 'checkbox', id: `measured-${indicator.id}`, checked: isMeasured(input) });
  const showHint = () => {
    const useMeasure = measured?.checked === true && measure !== null;
    replace(hint, useMeasure ? t('measureHint', lang, { min: measure.min, max: measure.max }) : t('valueHint', lang, { min: indicator.scale.min, max: indicator.scale.max }));
  };
  const changed = () => {
    showHint();
    onChange(readValueField(field.value, measured?.checked === true));
  };
  showHint();
  field.addEventListener('input', changed);
  measured?.addEventListener('change', changed);
  return el('span', { class: 'value-entry' }, field, measured && el('label', { class: 'inline' }, measured, ` ${t('measured', lang)}`));
}

/** The field of one indicator: label, control, level meaning or hint, and the place for its issues. */
export function indicatorField(indicator: Indicator, input: LevelInput | undefined, lang: Language, onChange: (input: LevelInput | undefined) => void): IndicatorField {
  const notesId = `notes-${indicator.id}`;
  const issueId = `issue-${indicator.id}`;
  const notes = el('div', { class: 'level-notes', id: notesId });
  const issue = el('p', { class: 'field-issue', id: issueId, hidden: true });
  const describedBy = `${notesId} ${issueId}`;
  const control = entryKind(indicator) === 'select' ? levelSelect(indicator, input, lang, describedBy, notes, onChange) : valueInput(indicator, input, lang, describedBy, notes, onChange);
  const label = el('label', { for: `level-${indicator.id}` }, el('span', { class: 'indicator-id' }, indicator.id), ` ${indicator.name[lang]}`);
  const element = el('div', { class: 'indicator', 'data-indicator-row': indicator.id }, label, control, notes, issue);
  return {
    element,
    showIssues(issues) {
      const input = element.querySelector<HTMLElement>(`#level-${CSS.escape(indicator.id)}`);
      if (issues === undefined || issues.length === 0) {
        issue.hidden = true;
        replace(issue);
        input?.removeAttribute('aria-invalid');
        return;
      }
      issue.hidden = false;
      replace(issue, issues.map((entry) => entry.message[lang]).join(' '));
      input?.setAttribute('aria-invalid', 'true');
    },
  };
}
