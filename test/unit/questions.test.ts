// The optional end-of-visit questions: what a visitor says or skips becomes the values the server accepts.
import { DemographicsBody } from '../../server/src/modules/demographics/demographics.dto.js';
import { matchOption, QUESTIONS, QuestionsForm } from '../../client/src/headset/flow/questions.js';

const question = (id: string) => {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const said = (id: string, transcript: string) => {
  const index = matchOption(question(id), transcript);
  return index === null ? null : question(id).options[index].value;
};

describe('optional questions', () => {
  it('should offer only values the demographics API accepts', () => {
    for (const q of QUESTIONS)
      for (const option of q.options)
        expect({
          id: q.id,
          value: option.value,
          ok: DemographicsBody.safeParse({ [q.id]: option.value }).success,
        }).toEqual({
          id: q.id,
          value: option.value,
          ok: true,
        });
  });

  it('should send null for every skipped question and the chosen values for the others', () => {
    const form = new QuestionsForm();
    expect(form.answered).toBe(false);
    form.answer(1); // satisfaction: « J’ai aimé »
    form.skip(); // gender
    form.answer(2); // age: 30–54
    form.skipAll();
    expect(form.done).toBe(true);
    expect(form.answered).toBe(true);
    expect(form.result()).toEqual({
      satisfaction: 4,
      gender: null,
      ageBand: '30-54',
      situation: null,
      education: null,
    });
    expect(DemographicsBody.safeParse(form.result()).success).toBe(true);
  });

  it('should ignore an answer outside the options', () => {
    const form = new QuestionsForm();
    form.answer(9);
    expect({ number: form.number, answered: form.answered }).toEqual({ number: 1, answered: false });
  });

  it.each([
    ['satisfaction', 'j’ai adoré', 5],
    ['satisfaction', 'je mets 4 sur 5', 4],
    ['satisfaction', 'pas du tout', 1],
    ['gender', 'je suis une femme', 'femme'],
    ['gender', 'un homme', 'homme'],
    ['ageBand', 'j’ai 34 ans', '30-54'],
    ['ageBand', '17 ans', '<18'],
    ['ageBand', 'j’ai 61 ans', '55+'],
    ['situation', 'je cherche du travail', 'demandeur-emploi'],
    ['situation', 'je suis étudiant', 'en-formation'],
    ['education', 'j’ai le bac', 'isced-3-4'],
    ['education', 'une licence', 'isced-5-8'],
  ])('should understand « %s »: « %s »', (id, transcript, value) => {
    expect(said(id, transcript)).toBe(value);
  });

  it.each([
    ['gender', 'quelle heure est-il'],
    ['ageBand', 'j’ai 400 ans'],
    ['education', ''],
  ])('should not guess an answer to « %s » from « %s »', (id, transcript) => {
    expect(said(id, transcript)).toBeNull();
  });
});
