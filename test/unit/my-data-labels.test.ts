// « Mes données » shows the answers with the headset’s labels and is reached by a QR code holding the code in its fragment.
import { myDataUrl } from '../../client/src/headset/end-screen.js';
import { QUESTIONS, answerLabel } from '../../client/src/shared/questions.js';

const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;

describe(answerLabel.name, () => {
  it('should show the option the visitor picked, with the headset’s own words', () => {
    expect(answerLabel(question('satisfaction'), 5)).toBe('J’ai adoré');
    expect(answerLabel(question('ageBand'), '18-29')).toBe('De 18 à 29\u00a0ans');
  });

  it('should say « non répondu » for a skipped question and name an explicit refusal', () => {
    expect(answerLabel(question('gender'), null)).toBe('non répondu');
    expect(answerLabel(question('situation'), 'non-renseigne')).toBe('préfère ne pas répondre');
  });
});

describe(myDataUrl.name, () => {
  it('should put the code in the fragment of « Mes données », which no server receives', () => {
    const url = new URL(myDataUrl('https://eclore.example', 'ABCDE-FGHJK'));
    expect([url.pathname, url.search, url.hash]).toEqual(['/mes-donnees', '', '#code=ABCDE-FGHJK']);
  });
});
