import { describeValue, makeIssue, type Issue, type PathSegment } from '../model/issue.js';
import type { CriterionInconsistency } from '../model/levels.js';

/*
 * Issue builders for criteria answers and measured values, with their bilingual messages; each
 * its own export, imported as `* as levelInputIssues` (see assessment-issues.ts).
 */

export const inputInvalid = (path: readonly PathSegment[], id: string, received: unknown): Issue =>
  makeIssue(
    'level.input_invalid',
    path,
    {
      id: `Isian indikator ${id} harus berupa tingkat, "na", { criteria: [...] } atau { value: ... }.`,
      en: `Indicator ${id} must be given a level, "na", { criteria: [...] } or { value: ... }.`,
    },
    { expected: 'level | "na" | { criteria } | { value }', received: describeValue(received) },
  );

export const noCriteria = (path: readonly PathSegment[], id: string): Issue =>
  makeIssue('level.no_criteria', path, {
    id: `Indikator ${id} tidak memiliki kriteria dalam katalog; berikan tingkatnya.`,
    en: `Indicator ${id} has no criteria in the catalogue; give its level instead.`,
  });

export const criteriaInvalid = (path: readonly PathSegment[], id: string, received: unknown): Issue =>
  makeIssue(
    'level.criteria_invalid',
    path,
    {
      id: `Kriteria indikator ${id} harus berupa daftar id kriteria (teks).`,
      en: `The criteria of indicator ${id} must be a list of criterion ids (strings).`,
    },
    { expected: 'string[]', received: describeValue(received) },
  );

export const unknownCriterion = (path: readonly PathSegment[], id: string, criterion: string): Issue =>
  makeIssue(
    'level.unknown_criterion',
    path,
    {
      id: `Kriteria "${criterion}" tidak ada pada indikator ${id}.`,
      en: `Criterion "${criterion}" is not a criterion of indicator ${id}.`,
    },
    { received: describeValue(criterion) },
  );

export const inconsistent = (path: readonly PathSegment[], id: string, found: CriterionInconsistency): Issue =>
  makeIssue(
    'level.criteria_inconsistent',
    path,
    {
      id: `Indikator ${id}: kriteria "${found.criterion}" (tingkat ${found.level}) terpenuhi, tetapi tingkat ${found.incompleteLevel} belum lengkap; kriteria itu tidak dihitung.`,
      en: `Indicator ${id}: criterion "${found.criterion}" (level ${found.level}) is met while level ${found.incompleteLevel} is incomplete; it does not count.`,
    },
    { received: found.criterion },
  );

export const noMeasure = (path: readonly PathSegment[], id: string): Issue =>
  makeIssue('level.no_measure', path, {
    id: `Indikator ${id} tidak memiliki ukuran dalam katalog; berikan tingkatnya.`,
    en: `Indicator ${id} has no measure in the catalogue; give its level instead.`,
  });

export const valueInvalid = (path: readonly PathSegment[], id: string, received: unknown): Issue =>
  makeIssue(
    'level.value_invalid',
    path,
    {
      id: `Nilai ukuran indikator ${id} harus berupa teks desimal seperti "1.25" atau angka berhingga.`,
      en: `The measured value of indicator ${id} must be a decimal string such as "1.25" or a finite number.`,
    },
    { expected: 'decimal string', received: describeValue(received) },
  );

export const valueOutOfRange = (path: readonly PathSegment[], id: string, received: unknown, range: { min: string; max: string }): Issue =>
  makeIssue(
    'level.value_out_of_range',
    path,
    {
      id: `Nilai ukuran indikator ${id} harus ${range.min}–${range.max}, bukan ${describeValue(received)}.`,
      en: `The measured value of indicator ${id} must be ${range.min}–${range.max}, not ${describeValue(received)}.`,
    },
    { expected: `${range.min}..${range.max}`, received: describeValue(received) },
  );
