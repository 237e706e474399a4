import type { Concern } from './concern';
import { ZONE_INDEX, type MessageZones } from './zones';

/*
 * Concern told in Arabic, Persian/Dari, Ukrainian/Russian, Tigrinya, Kurdish Sorani or Thai, the non-Latin scripts
 * Swedish municipalities most often receive. The keyword matcher folds those letters to one symbol, so
 * the reader (concern.ts) cannot see them; this reads them with the same grammar in small: a
 * harm (violence, hunger, a child alone, a drunk carer, self-harm, abuse) in a sentence that
 * names a child, or in the sentence next to it; a person held or exploited, or the writer hit or
 * harming themselves, whoever it is. Only for a text mostly in such a script.
 *
 * Words are matched inside words (Arabic joins "و", "ال", "ب" and pronoun endings to the word),
 * except those marked `whole`, which are words of their own in other senses too.
 */

interface ScriptWords {
  child: readonly string[];
  harm: readonly string[];
  /** Matched only as a whole word (short words that are parts of other words). */
  wholeChild?: readonly string[];
  wholeHarm?: readonly string[];
  /**
   * A person held or exploited, which is a concern whoever it is about (a young woman whose
   * passport was taken, who is not let out, works unpaid, or whom different men visit every night):
   * counts without a child in the sentence.
   */
  held?: readonly string[];
  /**
   * The writer harmed or in danger, told in the first person (someone hits me, I hurt myself, I do not want to live): a
   * concern whoever writes — a young person writing themselves seldom names a child (a review of the twenty-sixth session:
   * "أنا عمري ١٥ سنة. أبي يضربني كل يوم", "من ۱۴ سالمه و هر شب به خودم آسیب می‌زنم").
   */
  writer?: readonly string[];
  /** An old, ill or disabled adult (a grandmother, an old neighbour, someone in a wheelchair); a number 65–110 in the sentence is one too. */
  elder?: readonly string[];
  /**
   * What puts such a person in danger now, told by someone else: fallen and unable to get up, without food or heat, not
   * answering the telephone (counts in the sentence that names the person, or the next; a review of the twenty-sixth session,
   * M: "جارتي المسنة … وقعت ولا تستطيع القيام منذ الصباح", "бабуся (84 роки) впала вдома і не може встати").
   */
  elderHarm?: readonly string[];
}

const ARABIC: ScriptWords = {
  child: ['طفل', 'اطفال', 'ابني', 'ابنتي', 'بنتي', 'ولدي', 'اولادي', 'اولاده', 'اولادهم', 'الصغير', 'الصغيرة', 'رضيع', 'مراهق'],
  // a boy, a girl, a son (of the neighbours): words of their own in names and other senses too
  wholeChild: ['ولد', 'بنت', 'ابن'],
  harm: [
    'يضرب', 'تضرب', 'ضربه', 'ضربها', 'ضربهم', 'يعنف', 'عنف', 'كدمات', 'جائع', 'جوعان', 'جياع', 'بدون طعام', 'لا يوجد طعام',
    'وحدهم', 'لوحدهم', 'سكران', 'سكير', 'مخمور', 'مخدرات', 'يخاف العودة', 'تخاف العودة', 'انتحار', 'يؤذي نفسه', 'تؤذي نفسها',
    'تحرش', 'اعتداء', 'اهمال',
    // no food, sleeping in the street, thrown out
    'بدون اكل', 'لا يوجد اكل', 'ما في اكل', 'ينام في الشارع', 'تنام في الشارع', 'ينامون في الشارع',
  ],
  held: [
    'اخذوا جواز', 'اخدوا جواز', 'اخذ جواز', 'اخد جواز', 'سحب جواز', 'اخذوا تلفونها', 'اخدوا تلفونها', 'اخذ تلفونها', 'اخد تلفونها',
    'رجال مختلفين', 'رجال غرباء', 'لا يسمح لها بالخروج', 'ما بيخليها تطلع', 'ما يخليها تطلع', 'يحبسها', 'حابسها', 'بدون راتب', 'بدون معاش',
  ],
  // hits me, they hit me, I hurt myself, I do not want to live, I want to die
  // (and as Iraqi and Levantine write it: ما اريد اعيش, ما بدي عيش)
  writer: ['يضربني', 'تضربني', 'يضربوني', 'اؤذي نفسي', 'أؤذي نفسي', 'لا اريد ان اعيش', 'لا أريد أن أعيش', 'ما اريد اعيش', 'ما بدي عيش', 'اريد ان اموت', 'أريد أن أموت', 'بدي موت'],
  // my grandmother, an old man or woman, elderly, disabled
  elder: ['جدتي', 'مسن', 'عجوز', 'كبير في السن', 'كبيرة في السن', 'إعاقة', 'معاق'],
  // cannot get up, does not answer the telephone, without heating, has no food, has not eaten
  elderHarm: [
    'لا تستطيع القيام', 'لا يستطيع القيام', 'لا تستطيع النهوض', 'لا يستطيع النهوض', 'ما بتقدر تقوم', 'ما بيقدر يقوم', 'ما تكدر تكعد', 'ما يكدر يكعد',
    'لا يرد على الهاتف', 'لا ترد على الهاتف', 'ما بيرد عالتلفون', 'ما بترد عالتلفون', 'بدون تدفئة', 'بلا تدفئة', 'لا يوجد عنده طعام', 'لا يوجد عندها طعام',
    'ما عنده اكل', 'ما عندها اكل', 'لم يأكل منذ', 'لم تأكل منذ',
  ],
};

const PERSIAN: ScriptWords = {
  child: ['کودک', 'بچه', 'پسر', 'دختر', 'فرزند', 'نوزاد'],
  // … and a child sleeping in the stairwell ("راه پله") because the mother does not open the door
  harm: ['کتک', 'تنها در خانه', 'تنها میگذار', 'تنها می\u200cگذار', 'گرسنه', 'خشونت', 'کبودی', 'مواد مخدر', 'خودکشی', 'آزار', 'میترسد به خانه', 'می\u200cترسد به خانه', 'راه پله', 'در را باز نمی', 'غذا ندارند', 'غذا ندارد', 'در خیابان می', 'از خانه بیرون'],
  wholeHarm: ['مست'],
  held: ['پاسپورتش را گرفته', 'پاسپورت او را گرفته', 'گذرنامه اش را گرفته', 'نمی\u200cگذارد از خانه بیرون', 'نمیگذارد از خانه بیرون', 'مردان مختلف', 'بدون حقوق'],
  // I harm myself, I do not want to live (spoken and written), beats me
  // (and in Dari: مرا لت و کوب می‌کند)
  writer: ['به خودم آسیب', 'نمی\u200cخوام زنده باشم', 'نمیخوام زنده باشم', 'نمی\u200cخواهم زنده باشم', 'نمیخواهم زنده باشم', 'مرا کتک می', 'منو کتک می', 'من را کتک می', 'مرا لت و کوب'],
  // grandmother, grandfather (Persian and Dari), an old man or woman, elderly, in a wheelchair, disabled
  elder: ['مادربزرگ', 'پدربزرگ', 'مادرکلان', 'پدرکلان', 'پیرمرد', 'پیرزن', 'سالمند', 'ویلچر', 'معلول'],
  // cannot get up, does not answer (the telephone), the heater off, has eaten nothing
  elderHarm: [
    'نمی\u200cتواند بلند شود', 'نمیتواند بلند شود', 'نمی\u200cتونه بلند شه', 'نمیتونه بلند شه', 'جواب نمی\u200cدهد', 'جواب نمیدهد', 'جواب نمیده', 'جواب نمی\u200cده',
    'بخاری خاموش', 'بدون بخاری', 'چیزی نخورده', 'غذا نخورده',
  ],
};

const CYRILLIC: ScriptWords = {
  // (… a boy, a girl: "хлопчик", "мальчик", "дівчинка", "девочка")
  child: ['дитин', 'діти', 'дітей', 'дети', 'детей', 'ребен', 'ребён', 'донька', 'доньк', 'дочь', 'дочк', 'малюк', 'малыш', 'підліт', 'подрост', 'хлопчик', 'хлопчин', 'мальчик', 'мальчишк', 'дівчинк', 'девочк'],
  wholeChild: ['син', 'сын', 'сина', 'сына'],
  harm: [
    "б'є", 'бʼє', 'б’є', 'бьет', 'бьёт', 'побил', 'побив', 'удари', 'удары', 'ударив', 'ударил', 'ударяє', 'ударяет', 'б’ють', 'бʼють', "б'ють", 'бьют', 'синяки', 'синці', 'голодн', 'самі вдома', 'одні вдома', 'сами дома',
    'одни дома', 'одна вдома', 'один вдома', 'одна дома', 'один дома', "п'ян", 'пʼян', 'п’ян', 'пьян', 'наркотик', 'насильств', 'насили',
    'боїться йти додому', 'боится идти домой', 'суїцид', 'суицид', 'самогубств', 'самоубийств', 'домагає', 'домогает',
    // alone at home (one child), no food, sleeping on the stairs or outside, thrown out
    'сам вдома', 'сама вдома', 'без їжі', 'без еды', 'нема їжі', 'нет еды', 'не годують', 'не кормят', 'спить на сходах', 'спит на лестнице', 'спить на вулиці', 'спит на улице', 'вигнал', 'выгнал',
  ],
  held: [
    'забрав у неї паспорт', 'забрав її паспорт', 'забрав паспорт', 'забрала паспорт', 'забрали паспорт', 'забрали у неї паспорт',
    'забрал у нее паспорт', 'забрал ее паспорт', 'забрал паспорт', 'забрали у нее паспорт', 'не випускає її', 'не випускає з дому',
    'не выпускает ее', 'не выпускает из дома', 'різні чоловіки', 'разные мужчины', 'не платять їй', 'не платят ей',
  ],
  // hits me, they hit me, I cut myself, I do not want to live, I want to die
  writer: [
    "б'є мене", 'бʼє мене', 'б’є мене', 'бьет меня', 'бьёт меня', "б'ють мене", 'бʼють мене', 'б’ють мене', 'бьют меня',
    'ріжу себе', 'режу себя', 'не хочу жити', 'не хочу жить', 'хочу померти', 'хочу умереть',
  ],
  // grandmother, grandfather, elderly, an old man or woman, disabled
  elder: ['бабус', 'бабуш', 'дідус', 'дедуш', 'літн', 'пожил', 'похил', 'старенн', 'старушк', 'інвалід', 'инвалид'],
  // cannot get up, does not answer (the telephone), no heating, has eaten nothing
  elderHarm: [
    'не може встати', 'не может встать', 'не може піднятися', 'не может подняться', 'не відповідає на телефон', 'не відповідає на дзвінки',
    'не отвечает на телефон', 'не отвечает на звонки', 'немає опалення', 'нет отопления', 'опалення не працює', 'отопление не работает',
    'нічого не їв', 'нічого не їла', 'ничего не ел', 'ничего не ела',
  ],
};

/** Tigrinya (Ge'ez script): children, my son or daughter; alone, without food, thrown out, beaten, drunk. */
const TIGRINYA: ScriptWords = {
  child: ['ቆልዑ', 'ቆልዓ', 'ህጻን', 'ህጻናት', 'ወደይ', 'ጓለይ'],
  harm: ['በይኖም', 'በይኑ', 'በይና', 'ምግቢ የብሎምን', 'ምግቢ የብሉን', 'ምግቢ የብላን', 'ካብ ገዛ ኣውጺኡ', 'ካብ ገዛ ኣውጺኣ', 'ይወቕዕ', 'ሰኺሩ', 'ሰኺራ'],
};

/** Kurdish Sorani (Arabic script): a small child; hits him or her, beating, hungry, alone at home, suicide, drunk. */
const SORANI: ScriptWords = {
  child: ['منداڵ', 'مناڵ', 'کوڕەکە', 'کچەکە', 'کۆرپە'],
  harm: ['لێی دەدات', 'لێیان دەدات', 'لێدان', 'دەیکوتێت', 'برسی', 'بە تەنیا لە ماڵ', 'بەتەنیا لە ماڵ', 'خۆکوشتن', 'سەرخۆش'],
};

/** Thai: a child; beaten, alone at home, without food, harmed; a person whose passport is kept, who is unpaid or not let out. */
const THAI: ScriptWords = {
  child: ['เด็ก', 'ลูกชาย', 'ลูกสาว'],
  harm: ['ทุบตี', 'ถูกตี', 'อยู่บ้านคนเดียว', 'ไม่มีอาหาร', 'ไม่มีอะไรกิน', 'ทำร้าย', 'เมาเหล้า', 'ฆ่าตัวตาย'],
  held: ['เก็บพาสปอร์ต', 'ยึดพาสปอร์ต', 'เก็บหนังสือเดินทาง', 'ยึดหนังสือเดินทาง', 'ไม่ได้เงินเดือน', 'ไม่ได้รับเงินเดือน', 'ไม่จ่ายเงินเดือน', 'ไม่ให้ออกจากบ้าน'],
};

const SCRIPTS: readonly ScriptWords[] = [ARABIC, PERSIAN, CYRILLIC, TIGRINYA, SORANI, THAI];

/**
 * The Swedish line such a text often carries, when it says only that the children need help
 * ("Jag skriver på tigrinja, barnen behöver hjälp"): in a text of this kind it is a call for help,
 * not homework ("barnen behöver hjälp med läxorna" is something else, and is not read so).
 */
const CHILDREN_NEED_HELP = /(?:^|[^\p{L}])(?:barnen|barnet|ungarna|pojken|flickan|bebisen|bäbisen)\s+behöver\s+hjälp(?!\s+med)(?![\p{L}])/iu;

/** Arabic and Persian letters in one form (alef with hamza or madda as alef, ya and kaf as Persian writes them), no vowel marks or tatweel; ё as е. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[ىي]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ё/g, 'е');
}

const NORMALISED: readonly ScriptWords[] = SCRIPTS.map((s) => ({
  child: s.child.map(normalise),
  harm: s.harm.map(normalise),
  wholeChild: s.wholeChild?.map(normalise),
  wholeHarm: s.wholeHarm?.map(normalise),
  held: s.held?.map(normalise),
  writer: s.writer?.map(normalise),
  elder: s.elder?.map(normalise),
  elderHarm: s.elderHarm?.map(normalise),
}));

/** A number from 65 to 110 (an old person's age) in Western, Arabic-Indic or Persian digits. */
const ELDER_AGE = /(?<![\d\u0660-\u0669\u06F0-\u06F9])(?:6[5-9]|[7-9]\d|10\d|110|[\u0666][\u0665-\u0669]|[\u0667-\u0669][\u0660-\u0669]|[\u06F6][\u06F5-\u06F9]|[\u06F7-\u06F9][\u06F0-\u06F9])(?![\d\u0660-\u0669\u06F0-\u06F9])/u;

function hasWord(sentence: string, words: readonly string[] | undefined, whole: boolean): string | null {
  for (const w of words ?? []) {
    let at = sentence.indexOf(w);
    while (at >= 0) {
      if (!whole || (!/\p{L}/u.test(sentence.charAt(at - 1)) && !/\p{L}/u.test(sentence.charAt(at + w.length)))) return w;
      at = sentence.indexOf(w, at + 1);
    }
  }
  return null;
}

/** A concern told in a non-Latin script, or null; for a text mostly in such a script (`writtenInOtherScript`). */
export function readConcernInOtherScripts(zones: MessageZones): Concern | null {
  const subject = zones.texts[ZONE_INDEX.subject]!;
  const body = zones.texts[ZONE_INDEX.body]!;
  const form = zones.texts[ZONE_INDEX.form]!;
  for (const [zone, text] of [[ZONE_INDEX.body, body], [ZONE_INDEX.form, form], [ZONE_INDEX.subject, subject]] as const) {
    const help = CHILDREN_NEED_HELP.exec(text);
    if (help !== null) return { how: 'person-harm', quote: help[0].trim(), zone };
    const sentences = normalise(text).split(/[.!?؟۔።;\n]+/);
    for (const script of NORMALISED) {
      const child = sentences.map((s) => hasWord(s, script.child, false) !== null || hasWord(s, script.wholeChild, true) !== null);
      for (const sentence of sentences) {
        const held = hasWord(sentence, script.held, false) ?? hasWord(sentence, script.writer, false);
        if (held !== null) return { how: 'person-harm', quote: held, zone };
      }
      for (let i = 0; i < sentences.length; i++) {
        const harm = hasWord(sentences[i]!, script.harm, false) ?? hasWord(sentences[i]!, script.wholeHarm, true);
        if (harm === null) continue;
        if (child[i] || child[i - 1] === true || child[i + 1] === true) return { how: 'person-harm', quote: harm, zone };
      }
      // an old, ill or disabled person in danger now, in the sentence that names them or the next (who is named is read only
      // beside such a harm: most scripts and sentences have none)
      const namesElder = (n: number): boolean => n >= 0 && (hasWord(sentences[n]!, script.elder, false) !== null || ELDER_AGE.test(sentences[n]!));
      for (let i = 0; i < sentences.length; i++) {
        const harm = hasWord(sentences[i]!, script.elderHarm, false);
        if (harm !== null && (namesElder(i) || namesElder(i - 1))) return { how: 'person-harm', quote: harm, zone };
      }
    }
  }
  return null;
}
