import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { readConcernInOtherScripts } from '../../src/core/triage/concernOtherScripts';
import { ZONE_INDEX, type MessageZones } from '../../src/core/triage/zones';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');
const kindOf = (body: string, subject = 'Hej'): string => triageMessage(mail({ subject, body }), config).kind;

/** Zones holding only a body (what the script reader reads). */
function zonesOf(body: string): MessageZones {
  const texts = Array.from({ length: Object.keys(ZONE_INDEX).length }, () => '');
  texts[ZONE_INDEX.body] = body;
  return { texts } as unknown as MessageZones;
}

// An independent code review of the twenty-seventh session's words (a helper who wrote these texts) found reports the session's
// first words lost and ordinary texts they read as reports; each is held here as what it must be.
describe('concern words of the twenty-seventh session: what the code review found', () => {
  it.each([
    // an absence or a slip told beside a harm explains nothing away
    ['Föräldrarna är på semester och barnen är ensamma hemma hela veckan.'],
    ['The mother is abroad and the kids, 6 and 8, are alone at home since Friday.'],
    ["The dad was so drunk he tripped over the baby's stroller with the baby in it, the baby is 6 months."],
    ['Min granne, 87 år, halkade på isen i morse och ligger kvar på marken, hon kan inte resa sig.'],
    // a place (a kiosk) is no service whose harm is a complaint's
    ['Two small children, 4 and 6, sit alone outside the kiosk every night until midnight. They say they are hungry and have not eaten.'],
    // the name of a report in a question that asks for help, not how to make one; a harm glossed in Swedish
    ['اريد تقديم orosanmälan عن ابنة جارتي لانها تبقى وحدها كل ليلة، هل يمكنكم مساعدتي؟'],
    ['Здравствуйте. Пишу про семью с третьего этажа (pappan slår barnen). Спасибо.'],
    // a hospital stay told in another sentence explains nothing of today's harm
    ['Мою бабушку вчера выписали из больницы. Сейчас она одна дома, не может встать и ничего не ела с утра.'],
    // a harm told beside the question how to report it
    ['Sąsiad codziennie bije swoje dzieci, jak zgłosić to do socjalu?'],
    // home care that has not come, told as lasting up to now, to an old woman alone
    ["Home care hasn't come for three days to my mother, she is 88 and lives alone."],
  ])('a report: %s', (body) => {
    expect(kindOf(body)).toBe('orosanmalan');
  });

  it.each([
    // a ticket inspector, a library, a speed bump ("лежачий полицейский"), a ten-year loan, a cook's years at work
    ['Контролёр в автобусе забрал у меня проездной.'],
    ['المكتبة بتسكر الساعة ٥، وابني عمره ٨ سنين يحب يروح بعد المدرسة.'],
    ['Просим установить лежачий полицейский на нашей улице. Дорога разбита, машины едут очень быстро.'],
    ['ما یک وام ۱۰ ساله داریم. بانک ما را کتک می‌زند با بهره بالا.'],
    ['Я работаю поваром 5 лет. Вчера получил ожог на работе.'],
    ['Я живу в этой квартире 5 лет. Сосед сверху бьет посуду и кричит ночью.'],
  ])('the script reader reads no concern in: %s', (body) => {
    expect(readConcernInOtherScripts(zonesOf(body))).toBeNull();
  });

  it.each([
    ['My mother (81) has her pension paid from Poland, which office handles that?'],
    ['He has taken his pension early and wants to know about housing allowance.'],
    ['Walaashay waxay guursan doontaa bisha dambe, ma ballansan karnaa hoolka?'],
    ['كيف يمكن تقديم orosanmälan؟ اريد ان اعرف الطريقة.'],
    ['Jak zgłosić orosanmälan o dziecko? Czy można to zrobić anonimowo przez internet?'],
    // home care late or paused, with the person fine or elsewhere: a complaint or a question
    ["I want to complain: home care hasn't come for two days, and when they come they are always late. My father is fine, he manages with my help, but this is unacceptable."],
    ["Home care hasn't come for two days, but that is fine, we cancelled it while mum is in hospital. When should we restart it?"],
  ])('no report: %s', (body) => {
    expect(kindOf(body)).not.toBe('orosanmalan');
  });
});
