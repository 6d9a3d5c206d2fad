import type { Assessment } from '../../src/model/assessment.js';

/**
 * A complete 59/2020 assessment whose exact index is 6999/2000 = 3.4995: shown as "3.50" (the
 * Sangat Baik bound) while its predikat, from the exact value, is Baik. Found by search; a test
 * checks the exact value, so a change to the catalogue cannot silently make it ordinary.
 */
export const fragileAssessment: Assessment = {
  agency: 'Kota Rapuh',
  year: 2024,
  levels: {
    '1': 4, '2': 4, '3': 5, '4': 3, '5': 4, '6': 2, '7': 2, '8': 4, '9': 3, '10': 3, '11': 4, '12': 2,
    '13': 3, '14': 5, '15': 4, '16': 2, '17': 2, '18': 4, '19': 3, '20': 4, '21': 4, '22': 2, '23': 2,
    '24': 3, '25': 5, '26': 4, '27': 1, '28': 1, '29': 4, '30': 3, '31': 4, '32': 5, '33': 3, '34': 5,
    '35': 2, '36': 3, '37': 4, '38': 3, '39': 3, '40': 4, '41': 5, '42': 5, '43': 3, '44': 5, '45': 3,
    '46': 3, '47': 5,
  },
};
