/**
 * Personal pronouns with the features that decide which entity they can refer to.
 * Keys are lower-case.
 */

export type PronounGender = 'male' | 'female' | 'neuter' | 'any';

export interface PronounFeatures {
  person: 1 | 2 | 3;
  plural: boolean;
  gender: PronounGender;
  /** True for the subject form, the one that can be a source (`he said`). */
  subject: boolean;
}

export const PRONOUNS: Readonly<Record<string, PronounFeatures>> = {
  he: { person: 3, plural: false, gender: 'male', subject: true },
  him: { person: 3, plural: false, gender: 'male', subject: false },
  his: { person: 3, plural: false, gender: 'male', subject: false },
  she: { person: 3, plural: false, gender: 'female', subject: true },
  her: { person: 3, plural: false, gender: 'female', subject: false },
  hers: { person: 3, plural: false, gender: 'female', subject: false },
  it: { person: 3, plural: false, gender: 'neuter', subject: true },
  its: { person: 3, plural: false, gender: 'neuter', subject: false },
  they: { person: 3, plural: true, gender: 'any', subject: true },
  them: { person: 3, plural: true, gender: 'any', subject: false },
  their: { person: 3, plural: true, gender: 'any', subject: false },
  i: { person: 1, plural: false, gender: 'any', subject: true },
  me: { person: 1, plural: false, gender: 'any', subject: false },
  my: { person: 1, plural: false, gender: 'any', subject: false },
  we: { person: 1, plural: true, gender: 'any', subject: true },
  us: { person: 1, plural: true, gender: 'any', subject: false },
  our: { person: 1, plural: true, gender: 'any', subject: false },
  you: { person: 2, plural: false, gender: 'any', subject: true },
  your: { person: 2, plural: false, gender: 'any', subject: false },
};
