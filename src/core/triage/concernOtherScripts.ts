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
  /** Old, ill or disabled words that are words of their own in other senses too (matched whole: "خرف", dementia, is in "زخرف"). */
  wholeElder?: readonly string[];
  /**
   * An absence explained where it is told (in hospital, at a sanatorium, travelling): a grandfather who has not answered for a
   * week "but is at a sanatorium" is not in danger (a review of the twenty-sixth session, N). Read in the harm's own sentence
   * only ("Бабушку вчера выписали из больницы. Сейчас она одна дома, не может встать" is a report).
   */
  explained?: readonly string[];
  /** School meals and their portions: a child hungry after them is the school's matter ("після обіду часто голодна, бо порції маленькі"). */
  schoolMeal?: readonly string[];
}

/** Every pair "a|b" (a, then b later in the same sentence) for a in `first` and b in `second`. */
function joined(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a}|${b}`));
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
    // asking (neighbours) for food, has not eaten, without a coat in the cold, trembling, burns, in the same nappy since morning
    'يطلب اكل', 'تطلب اكل', 'يطلبون اكل', 'يطلب طعام', 'تطلب طعام', 'يطلبون طعام', 'لم تاكل', 'لم ياكل', 'بدون معطف', 'بلا معطف', 'قميص خفيف',
    'ترتجف', 'يرتجف', 'اثار حرق', 'بنفس الحفاض', 'نفس الحفاضة',
    // alone at night, nobody at home, no key; a parent drunk, asleep since yesterday, on the floor, not coming home
    'وحده بالليل', 'وحدها بالليل', 'وحده في الليل', 'وحدها في الليل', 'قاعد وحده', 'قاعدة وحدها', 'ما عنده مفتاح', 'ما عندها مفتاح', 'محد بالبيت',
    // ("يسكر" is also Levantine for "it closes", "نايم من الساعة ٨" a bedtime: not read)
    'محد بيه', 'ما في حدا بالبيت', 'لا يوجد احد في البيت', 'ما بتصحا', 'ما تصحى', 'تنام على الارض', 'نايمة على الارض', 'ما بترجع', 'مش بترجع',
  ],
  // (… and a girl married off by force: "يريدون تزويجها بالقوة" — not the noun, asked about as a topic: "معلومات عن الزواج القسري")
  held: [
    'تزويجها بالقوة', 'يزوجوها بالقوة', 'يزوجونها بالقوة', 'زوجوها بالقوة',
    'اخذوا جواز', 'اخدوا جواز', 'اخذ جواز', 'اخد جواز', 'سحب جواز', 'اخذوا تلفونها', 'اخدوا تلفونها', 'اخذ تلفونها', 'اخد تلفونها',
    'رجال مختلفين', 'رجال غرباء', 'لا يسمح لها بالخروج', 'ما بيخليها تطلع', 'ما يخليها تطلع', 'يحبسها', 'حابسها', 'بدون راتب', 'بدون معاش',
  ],
  // hits me, they hit me, I hurt myself, I do not want to live, I want to die
  // (and as Iraqi and Levantine write it: ما اريد اعيش, ما بدي عيش)
  writer: [
    // (Gulf and Iraqi: I do not want to live, they locked me in, took my phone, marry me off)
    // (a phone taken is also a teacher's confiscation, "forced" also a fine: only forced to marry)
    'ما ابي اعيش', 'مابي اعيش', 'ما ابغى اعيش', 'قفلوا علي', 'حبسوني', 'يجبروني على الزواج', 'يجبروني اتزوج', 'يجبروني اني اتزوج', 'يزوجوني',
    'يضربني', 'تضربني', 'يضربوني', 'اؤذي نفسي', 'أؤذي نفسي', 'لا اريد ان اعيش', 'لا أريد أن أعيش', 'ما اريد اعيش', 'ما بدي عيش', 'اريد ان اموت', 'أريد أن أموت', 'بدي موت',
  ],
  // my grandmother, an old man or woman, elderly, disabled
  elder: [
    'جدتي', 'مسن', 'عجوز', 'شايب', 'كبير في السن', 'كبيرة في السن', 'كبير بالعمر', 'كبيرة بالعمر', 'كبير بالسن', 'كبيرة بالسن', 'إعاقة', 'معاق', 'كرسي متحرك',
    // ill (with diabetes, cancer …)
    'مريض بال', 'مريضة بال', 'سرطان', 'من التخت', 'من السرير',
    // ill: dementia, Alzheimer's, paralysed, bedridden, a stroke; living alone; an age in words (seventy, eighty, ninety)
    'ديمنشيا', 'دمنشيا', 'زهايمر', 'شلل', 'مشلول', 'طريح الفراش', 'طريحة الفراش', 'جلطة', 'تعيش وحدها', 'يعيش وحده',
    'تسكن وحدها', 'يسكن وحده', 'عايشة لوحدها', 'عايش لوحده', 'ساكنة لحالها', 'ساكن لحاله', 'سبعين', 'ثمانين', 'تسعين',
  ],
  // grandpa; dementia (in other words too: decoration, sheep) — not "جدي", also "serious", nor "جدة", also Jeddah
  wholeElder: ['جدو', 'خرف'],
  // cannot get up, does not answer the telephone, without heating, has no food, has not eaten
  elderHarm: [
    'لا تستطيع القيام', 'لا يستطيع القيام', 'لا تستطيع النهوض', 'لا يستطيع النهوض', 'ما بتقدر تقوم', 'ما بيقدر يقوم', 'ما تكدر تكعد', 'ما يكدر يكعد',
    'لا يرد على الهاتف', 'لا ترد على الهاتف', 'ما بيرد عالتلفون', 'ما بترد عالتلفون', 'بدون تدفئة', 'بلا تدفئة', 'لا يوجد عنده طعام', 'لا يوجد عندها طعام',
    'ما عنده اكل', 'ما عندها اكل', 'لم يأكل منذ', 'لم تأكل منذ',
    // has eaten nothing, the fridge empty, without food or medicine
    'لم يأكل', 'لم تأكل', 'ما اكل', 'ما كلت', 'بدون طعام', 'بلا طعام', 'بدون اكل', 'بلا اكل', 'ولا طعام', 'ولا اكل',
    ...joined(['الثلاجة', 'الثلاجه', 'التلاجة', 'التلاجه', 'البراد'], ['فارغ', 'فاضي']), 'بدون دواء', 'بلا دواء', 'بدون ادوية', 'بلا ادوية',
    ...joined(['لم تاخذ', 'لم ياخذ', 'ما اخذت', 'ما اخذ', 'ما خدت', 'ما خد'], ['دواء', 'ادوي', 'الدوا']),
    // nobody has come (home care), the door not opened, not seen for days, the post piling up
    // (not answering the door or telephone, or for days: "لا يرد أحد" of an office is a complaint)
    'لم يأت احد', 'لم ياتي احد', 'ما اجا حدا', 'ما حدا اجا', 'محدش جه', 'ماكو احد اجه', 'ما اجه احد', 'لا ترد على', 'لا يرد على', 'لا ترد منذ', 'لا يرد منذ',
    'ما بترد', 'ما بيرد', 'ما ترد على', 'ما يرد على', 'مش بترد', 'مش بيرد', 'لا تفتح الباب', 'لا يفتح الباب', 'ما تفتح الباب', 'ما يفتح الباب', 'ما بتفتح', 'ما بيفتح',
    'لم ارها منذ', 'لم اره منذ', 'ما شفتها من', 'ما شفته من', 'البريد متراكم', 'الرسائل متراكمة',
    // fallen and on the floor, lost in the street (does not know where he is, in pyjamas, barefoot in the snow), trembling with cold
    'على الارض من', 'مش قادر يقوم', 'مش قادرة تقوم', 'ما يعرف وين', 'ما تعرف وين', 'ما بيعرف وين', 'ما بتعرف وين', 'لا يعرف اين', 'لا تعرف اين',
    'بالبيجامة', 'بلا حذاء', 'بدون حذاء', 'بلا قندرة', 'التدفئة مقطوعة', 'بترجف', 'ترتجف', 'يرتجف',
    // money, salary, pension or bank card taken; hit, bruised
    ...joined(['اخذ', 'اخذت', 'ياخذ', 'تاخذ', 'سحب', 'يسحب'], ['بطاقته', 'بطاقتها', 'راتبه', 'راتبها', 'معاشه', 'معاشها', 'فلوسه', 'فلوسها', 'نقوده', 'نقودها']),
    'يضربه', 'يضربها', 'ضربه', 'ضربها', 'كدمة', 'كدمات',
    ...joined(['ماخذ', 'ماخد', 'واخد'], ['بطاقة', 'بطاقته', 'بطاقتها', 'كرت', 'المعاش', 'الراتب']), 'يسحب المعاش', 'يسحب الراتب', 'شي ياكل', 'شي تاكل',
    // medicine not given, cannot stand, hungry, left alone all day, not washed, in the street at night in a nightdress, shouted at, a black eye
    'لا تعطيه الدواء', 'لا يعطيها الدواء', 'ما تعطيه', 'ما يعطيها', 'لا يستطيع الوقوف', 'لا تستطيع الوقوف', 'جوعان', 'جوعانة', 'جائع', 'يتركه لحاله', 'يتركها لحالها',
    'بيتركه', 'بيتركها', 'ما تحمم', 'ما اتحمم', 'بقميص النوم',
    ...joined(['في الشارع', 'بالشارع'], ['بقميص', 'بالبيجامة', 'برد', 'ثلج', 'ما يعرف', 'ما تعرف', 'لا يعرف', 'لا تعرف']), ...joined(['بالليل'], ['في الشارع', 'بالشارع']), 'والدنيا برد', 'والدنيا ثلج', 'يصرخ عليها', 'يصرخ عليه', 'عينها زرق', 'عينه زرق',
    // not out for a week, the letterbox overflowing, nobody answers
    'ما طالع', 'ما طالعة', 'صندوق البريد|طافح', 'صندوق البريد|مليان', 'صندوق البريد|ممتلئ', 'محد جاوب', 'ما جاوب',
  ],
  schoolMeal: ['وجبة المدرسة', 'الوجبة المدرسية', 'اكل المدرسة'],
  explained: ['مصحة', 'مسافر', 'في اجازة', 'بالاجازة', 'لا داعي للقلق', 'ما في داعي للقلق', 'ما في داعي'],
};

const PERSIAN: ScriptWords = {
  child: ['کودک', 'بچه', 'پسر', 'دختر', 'فرزند', 'نوزاد'],
  // … and a child sleeping in the stairwell ("راه پله") because the mother does not open the door
  harm: ['خود را می\u200cکشد', 'خود را میکشد', 'خودش را می\u200cکشد', 'خودش را میکشد', 'کتک', 'تنها در خانه', 'تنها میگذار', 'تنها می\u200cگذار', 'گرسنه', 'خشونت', 'کبودی', 'مواد مخدر', 'خودکشی', 'آزار', 'میترسد به خانه', 'می\u200cترسد به خانه', 'راه پله', 'در را باز نمی', 'غذا ندارند', 'غذا ندارد', 'در خیابان می', 'از خانه بیرون',
    // a burn, a wound; a parent high
    'سوختگی', 'جای اتو', 'نئشه', 'نعشه', 'نشئه',
    // alone … at home, in everyday and spoken words ("نوزادش تنها بالا توی خانه است": her baby alone upstairs in the flat)
    'تنها|توی خانه', 'تنها|تو خانه', 'تنها|توی خونه', 'تنها|تو خونه', 'تنها|در خانه'],
  wholeHarm: ['مست'],
  // (… and a girl given to a husband by force — not the nouns of a forced marriage, asked about as a topic, nor a sister's wedding)
  // (… or sent away to be married off: "می‌خواهند او را به افغانستان بفرستند و شوهرش بدهند" — not a sister's wedding told alone)
  held: ['به زور شوهر', 'به زور عروسی کن', 'به زور عروسی بد', 'به زور|شوهرش', 'بفرستند|شوهرش', 'می\u200cفرستند|شوهرش', 'میفرستند|شوهرش', 'بفرستن|شوهرش', 'به زور|شوهرم', 'بفرستند|شوهرم', 'بفرستن|شوهرم', 'پاسپورتش را گرفته', 'پاسپورت او را گرفته', 'گذرنامه اش را گرفته', 'نمی\u200cگذارد از خانه بیرون', 'نمیگذارد از خانه بیرون', 'مردان مختلف', 'بدون حقوق'],
  // I harm myself, I do not want to live (spoken and written), beats me
  // (and in Dari: مرا لت و کوب می‌کند)
  writer: ['به خودم آسیب', 'نمی\u200cخوام زنده باشم', 'نمیخوام زنده باشم', 'نمی\u200cخواهم زنده باشم', 'نمیخواهم زنده باشم', 'مرا کتک می', 'منو کتک می', 'من را کتک می', 'مرا لت و کوب',
    // hits me (spoken), with a belt, will kill me, took my phone, do not let me go to school
    'منو میزنه', 'منو می\u200cزنه', 'مرا میزند', 'مرا می\u200cزند', 'با کمربند زد', 'با کمربند میز', 'با کمربند کتک', 'مرا می\u200cکشند', 'مرا میکشند', 'منو می\u200cکشن', 'منو میکشن',
    'تلفونم را گرفتند', 'موبایلم را گرفتند', 'گوشیم را گرفتند', 'گوشیمو گرفتن', 'نمی\u200cگذارند به مکتب', 'نمیگذارند به مکتب', 'نمی\u200cگذارند به مدرسه', 'نمیگذارند به مدرسه', 'نمیذارن برم مدرسه'],
  // grandmother, grandfather (Persian and Dari), an old man or woman, elderly, in a wheelchair, disabled
  elder: [
    'مادربزرگ', 'پدربزرگ', 'مادرکلان', 'پدرکلان', 'پیرمرد', 'پیرزن', 'سالمند', 'ویلچر', 'معلول',
    // ill: Alzheimer's, dementia, Parkinson's, paralysed, a stroke, bedridden; living alone; seventy, eighty, ninety (years)
    'آلزایمر', 'دمانس', 'زوال عقل', 'پارکینسون', 'فلج', 'سکته', 'سرطان', 'زمین\u200cگیر', 'زمینگیر', 'تنها زندگی می', 'تنهایی زندگی', 'هفتاد سال', 'هشتاد سال', 'نود سال',
  ],
  // cannot get up, does not answer (the telephone), the heater off, has eaten nothing
  elderHarm: [
    'نمی\u200cتواند بلند شود', 'نمیتواند بلند شود', 'نمی\u200cتونه بلند شه', 'نمیتونه بلند شه', 'جواب نمی\u200cدهد', 'جواب نمیدهد', 'جواب نمیده', 'جواب نمی\u200cده',
    'بخاری خاموش', 'بدون بخاری', 'چیزی نخورده', 'غذا نخورده',
    // has not eaten or taken medicine, the fridge empty, nobody (from home care) has come
    'نخورده', 'بدون دارو', 'بدون غذا', 'غذا ندارد', 'یخچال|خالی', 'نیامده', 'نیامدند', 'کسی نیامد', 'هیچ کس نیامد',
    // the door not opened, not seen for days, the post piling up at the door
    'در را باز نمی', 'ندیدمش', 'ندیدیمش', 'جلوی در جمع', 'گوشی را بر نمی', 'گوشی را برنمی', 'تلفن را جواب نمی',
    // cold (the heater broken, frozen), lost (does not know where), money or a bank card taken, beaten
    'بخاری|خراب', 'یخ کرده', 'نمی\u200cداند کجا', 'نمیداند کجا', 'نمی\u200cدونه کجا', 'نمیدونه کجا', 'با لباس خواب', 'پابرهنه',
    'کارت بانکی|گرفت', 'ازش پول برمی', 'از حسابش پول', 'پولش را می', 'پولش رو می', 'حقوقش را می', 'حقوقش رو می', 'حسابش|خالی', 'کتک', 'کبود',
    // in slippers and pyjamas below zero, the medicine run out
    'با دمپایی', 'پیژامه', 'پیجامه', 'زیر صفر', 'دارو|تمام شده', 'داروهایش|تمام',
  ],
  schoolMeal: ['غذای مدرسه', 'ناهار مدرسه'],
  explained: ['آسایشگاه', 'مسافرت', 'در سفر', 'به سفر', 'نگران نیستیم', 'جای نگرانی نیست'],
};

const CYRILLIC: ScriptWords = {
  // (… a boy, a girl: "хлопчик", "мальчик", "дівчинка", "девочка")
  child: ['ученик', 'ученица', 'учениц', 'учня', 'учениця', 'школяр', 'дитин', 'діти', 'дітей', 'дети', 'детей', 'ребен', 'ребён', 'донька', 'доньк', 'дочь', 'дочк', 'малюк', 'малыш', 'підліт', 'подрост', 'хлопчик', 'хлопчин', 'мальчик', 'мальчишк', 'дівчинк', 'девочк'],
  wholeChild: ['син', 'сын', 'сина', 'сына'],
  harm: [
    "б'є", 'бʼє', 'б’є', 'бьет', 'бьёт', 'побил', 'побив', 'удари', 'удары', 'ударив', 'ударил', 'ударяє', 'ударяет', 'б’ють', 'бʼють', "б'ють", 'бьют', 'синяки', 'синці', 'голодн', 'самі вдома', 'одні вдома', 'сами дома',
    'одни дома', 'одна вдома', 'один вдома', 'одна дома', 'один дома', "п'ян", 'пʼян', 'п’ян', 'пьян', 'наркотик', 'насильств', 'насили',
    'боїться йти додому', 'боится идти домой', 'суїцид', 'суицид', 'самогубств', 'самоубийств', 'домагає', 'домогает',
    // alone at home (one child), no food, sleeping on the stairs or outside, thrown out
    'сам вдома', 'сама вдома', 'без їжі', 'без еды', 'нема їжі', 'нет еды', 'не годують', 'не кормят', 'спить на сходах', 'спит на лестнице', 'спить на вулиці', 'спит на улице', 'вигнал', 'выгнал',
    // nobody at home, without a hat in the snow, asking for bread, sitting on the stairs, a burn, a parent high or on the floor, in underpants
    'вдома нікого', 'дома никого', 'без шапки', ...joined(['попросил', 'попросила', 'просить', 'просит', 'просив', 'просила'], ['хліб', 'хлеб', 'булочк', 'їсти', 'поесть', 'еды', 'їжі']),
    'сидит на лестнице', 'сидить на сходах', 'ожог', 'опік', 'под кайфом', 'під кайфом', 'под чем-то', 'лежала на полу', 'лежав на підлозі', 'лежала на підлозі', 'в одних трусах', 'в одних трусиках',
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
    // (beats me written without the apostrophe, in either order; no longer live; do not want to go home; took my phone or passport, do not let me out)
    'мене бє', 'мене бьє', 'бє мене', 'меня бьют', 'меня бьет', "мене б'ють", 'мене бʼють', 'мене б’ють', 'больше жить', 'більше жити', 'не хочу йти додому', 'не хочу идти домой',
    ...joined(['забрал у меня', 'забрала у меня', 'забрали у меня', 'забрав у мене', 'забрала у мене', 'забрали у мене'], ['паспорт', 'телефон']),
    'запрещают выходить', 'забороняють виходити', 'меня не выпускают', 'мене не випускають', 'не выпускают из дома', 'не випускають з дому',
  ],
  // grandmother, grandfather, elderly, an old man or woman, disabled
  elder: [
    'бабус', 'бабуш', 'дідус', 'дедуш', 'літн', 'пожил', 'похил', 'старенн', 'старушк', 'інвалід', 'инвалид',
    // ill: dementia, Alzheimer's, Parkinson's, a stroke, paralysed, bedridden, a mental illness or disability, blind; living
    // alone; seventy, eighty, ninety
    // (not "лежачий" alone: a speed bump is "лежачий полицейский")
    'деменц', 'альцгеймер', 'паркинсон', 'паркінсон', 'інсульт', 'инсульт', 'паралізов', 'парализов', 'лежачая', 'лежача', 'шизофрен', 'розумов',
    'умствен', 'сліп', 'слеп', 'живе сам', 'живе одна', 'живе один', 'живет один', 'живет одна', 'живет сам',
    'аутизм', 'епілепс', 'эпилепс', 'синдром дауна', 'синдромом дауна', 'плохо ходит', 'погано ходить', 'не встает', 'не встає',
    'сімдесят', 'вісімдесят', "дев'яносто", 'девʼяносто', 'дев’яносто', 'девяносто', 'семьдесят', 'восемьдесят',
  ],
  wholeElder: ['дед', 'деда', 'деду', 'дід', 'діда', 'баба', 'бабу'],
  // cannot get up, does not answer (the telephone), no heating, has eaten nothing
  elderHarm: [
    'не може встати', 'не может встать', 'не може піднятися', 'не может подняться', 'не відповідає на телефон', 'не відповідає на дзвінки',
    'не отвечает на телефон', 'не отвечает на звонки', 'немає опалення', 'нет отопления', 'опалення не працює', 'отопление не работает',
    'нічого не їв', 'нічого не їла', 'ничего не ел', 'ничего не ела',
    // has not eaten (for days), the fridge empty, bread and water, without food or medicine
    'не ел ', 'не ела ', 'не їв ', 'не їла ', 'не ест', 'не їсть', 'перестал есть', 'перестав їсти', 'перестала есть', 'перестала їсти',
    'без їжі', 'без еды', 'ні їжі', 'нема їжі', 'немає їжі', 'нет еды', 'холодильник|пуст', 'холодильник|порожн', 'хлеб с водой', 'хліб з водою',
    'без ліків', 'без лекарств', ...joined(['не принимал', 'не приймал', 'не приймав', 'перестал принимать', 'перестав приймати', 'перестала приймати'], ['лекарств', 'ліки']),
    // nobody has come (home care), the door not opened, the telephone not answered, not seen
    'никто не пришел', 'ніхто не прийшов', 'ніхто не приходить', 'никто не приходит', 'не відчиняє', 'не открывает', 'не бере телефон',
    'не берет телефон', 'не відповідає на', 'не отвечает на', 'не відповідає вже', 'не отвечает уже', 'не выходит на связь', 'не виходить на зв',
    // lost outside (in slippers, pyjamas, one shirt, frozen), money, a pension or a bank card taken, beaten
    'загубилас', 'загубився', 'потерялся', 'потерялась', 'заблудил', 'змерзла', 'замерзла', 'замерзший', 'замерзшая', 'в одной рубашке', 'в тапочках', 'в капцях', 'в пижаме', 'в піжамі', 'босиком', 'босоніж',
    ...joined(['забира', 'забрал', 'забрав'], ['пенси', 'пенсі', 'все деньги', 'всі гроші', 'банковск', 'банківськ']),
    ...joined(['знима', 'зніма', 'снима', 'пропадают', 'зникають'], ['всю пенси', 'всю пенсі', 'все деньги', 'всі гроші', 'с ее карт', 'з її карт', 'з карт', 'с карт']),
    'бьет', "б'є", 'бʼє', 'б’є', 'побил', 'побив', 'синяк', 'синці', 'синець', 'разбит', 'розбит',
    // out at night in a dressing gown, not knowing where they live; not washed, a stench; out of medicine, fallen; nobody came; locked in; hungry
    'вночі на вулиц', 'ночью на улиц', 'в халаті', 'в халате', 'не знала, де', 'не знав, де', 'не знала де', 'не знав де', 'не знала, где', 'не знал, где', 'не знала где', 'не знал где',
    'не мили', 'не мыли', 'без таблеток', 'ліки закінчил', 'лекарства закончил', 'впала', 'упала', 'впав ', 'упал ', 'никто не приходил', 'ніхто не приходив',
    'ела только', 'ест только', 'їла лише', 'їсть лише', 'запирает', 'замикає', 'запер', 'голодн',
  ],
  schoolMeal: ['порці', 'порци', 'добавк', 'обід у школі', 'обед в школе', 'шкільний обід', 'школьный обед'],
  // (not "уехал": "сын уехал и оставил бабушку одну"; not "все в порядке", which is also "не уверен, что все в порядке")
  explained: ['санатор', 'в отпуск', 'у відпустц', 'в поездке', 'у поїздці', 'круиз', 'круїз', 'не беспокойтесь', 'не хвилюйтеся'],
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
export function normaliseScriptText(text: string): string {
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
  child: s.child.map(normaliseScriptText),
  harm: s.harm.map(normaliseScriptText),
  wholeChild: s.wholeChild?.map(normaliseScriptText),
  wholeHarm: s.wholeHarm?.map(normaliseScriptText),
  held: s.held?.map(normaliseScriptText),
  writer: s.writer?.map(normaliseScriptText),
  elder: s.elder?.map(normaliseScriptText),
  elderHarm: s.elderHarm?.map(normaliseScriptText),
  wholeElder: s.wholeElder?.map(normaliseScriptText),
  explained: s.explained?.map(normaliseScriptText),
  schoolMeal: s.schoolMeal?.map(normaliseScriptText),
}));

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** Alternatives of words, normalised as texts are (the pattern around them is not: `\p{L}` must keep its case). */
const anyOf = (words: readonly string[]): string => words.map((w) => normaliseScriptText(w)).join('|');
const YEARS = anyOf(['سنة', 'سنه', 'سنوات', 'سنين', 'عام', 'اعوام', 'سال', 'лет', 'года', 'год', 'років', 'рік', 'роки']);
const APPROX = anyOf(['تقريبا', 'حوالي', 'فوق ال', 'فوق', 'около', 'близько']);
/**
 * A person's age as the scripts write it (the number in group 1, 2, 3, 4 or 5): after "his/her/my age" ("عمره ٦ سنين", "عمرها فوق
 * ال٨٠"); after "has"/"to me"/"to her" when years or the sentence's end follow ("عندها ٩١ سنة", "мені 15", "ей 84,"); "I am / he
 * is N years old" in Persian ("من ۱۴ سالمه", "۸۰ سالشه"); an adjective of age ("9-летний", "7-річна"); a number alone in brackets
 * ("(84)"). Not a number with "years" alone: that is as often a span ("منذ ٣ سنوات", "Я живу здесь 5 лет", "وام ۱۰ ساله", a ten-year
 * loan). Every repetition is bounded: no backtracking on long text.
 */
const AGE = new RegExp(
  `(?:${anyOf(['عمره', 'عمرها', 'عمري', 'عمرو'])})[\\s:]{0,3}(?:(?:${APPROX})\\s{0,2})?(${DIGIT}{1,3})(?!${DIGIT})` +
    `|(?:${anyOf(['عنده', 'عندها', 'мне', 'мені', 'ему', 'йому', 'ей', 'їй'])})[\\s:]{1,3}(?:(?:${APPROX})\\s{0,2})?(${DIGIT}{1,3})(?!${DIGIT})(?=\\s{0,2}(?:${YEARS})(?![\\p{L}])|\\s{0,2}[,.)!?؟،]|\\s{0,2}$)` +
    `|(?<!${DIGIT})(${DIGIT}{1,3})\\s{0,2}(?:${anyOf(['سالمه', 'سالشه', 'سالش'])})(?![\\p{L}])` +
    `|(?<!${DIGIT})(${DIGIT}{1,3})[\\s-]{0,2}(?:летн|річн)` +
    `|\\((${DIGIT}{2,3})\\)`,
  'gu',
);
/** Sentences longer than this are read only in part (a hostile text of one endless "sentence" stays fast). */
const MAX_SENTENCE = 2_000;

/** The value of a number written in Western, Arabic-Indic or Persian digits. */
function digitsValue(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 48);
  }
  return n;
}

/** The ages the sentence tells. */
function agesIn(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(AGE)) out.push(digitsValue(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
  return out;
}

/** A child's age (1–17). */
const isChildAge = (a: number): boolean => a >= 1 && a <= 17;
/** An old person's age (65–110). */
const isElderAge = (a: number): boolean => a >= 65 && a <= 110;


/** Hunger words (set aside beside a school meal). */
const HUNGER = /^(?:голод|جوع|جائع|گرسنه)/;

function hasWord(sentence: string, words: readonly string[] | undefined, whole: boolean): string | null {
  return firstWord(sentence, words, whole, null);
}

/** The first of `words` in the sentence, leaving out those `except` matches. */
function firstWord(sentence: string, words: readonly string[] | undefined, whole: boolean, except: RegExp | null): string | null {
  for (const w of words ?? []) {
    if (except !== null && except.test(w)) continue;
    const pair = w.indexOf('|');
    if (pair > 0) {
      // "a|b": a, then b later in the sentence
      const at = sentence.indexOf(w.slice(0, pair));
      if (at >= 0 && sentence.indexOf(w.slice(pair + 1), at + pair) >= 0) return w;
      continue;
    }
    let at = sentence.indexOf(w);
    while (at >= 0) {
      if (!whole || (!/\p{L}/u.test(sentence.charAt(at - 1)) && !/\p{L}/u.test(sentence.charAt(at + w.length)))) return w;
      at = sentence.indexOf(w, at + 1);
    }
  }
  return null;
}

/**
 * Whether the name of a report the reader found in a text mostly in another script is no report there: asked how to make one
 * ("كيف يمكن تقديم orosanmälan؟", "Как сделать orosanmälan?") or glossed in brackets. The text around it is what tells (a review of the
 * twenty-seventh session, O). A harm told in Swedish is always read ("Пишу про семью с третьего этажа (pappan slår barnen)").
 */
export function swedishTermOnly(zones: MessageZones, concern: Concern): boolean {
  if (concern.how !== 'report' && concern.how !== 'person-harm') return false;
  const text = zones.texts[concern.zone] ?? '';
  const at = text.toLowerCase().indexOf(concern.quote.toLowerCase());
  if (at < 0) return false;
  if (concern.how !== 'report') return false;
  const end = at + concern.quote.length;
  // the name of a report glossed in brackets ("(orosanmälan)"): a harm glossed so is a report ("(pappan slår barnen)")
  const open = text.lastIndexOf('(', at);
  if (open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', end) >= 0 && text.slice(end, text.indexOf(')', end)).length < 40) return true;
  // … or asked how to make one, in a question that says how ("كيف", "как", "як", "چطور"): "I want to make an orosanmälan about the
  // girl next door, can you help me?" is a report
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('\n', at), text.lastIndexOf('؟', at - 1), text.lastIndexOf('?', at - 1)) + 1;
  const stop = /[.!?؟\n]/.exec(text.slice(end));
  if (stop === null || (stop[0] !== '?' && stop[0] !== '؟')) return false;
  return HOW.test(normaliseScriptText(text.slice(start, end + stop.index)));
}

/** "How", "where", "in what way" in the scripts the reader knows (normalised). */
const HOW = new RegExp(`(?:^|[^\\p{L}])(?:${['كيف', 'كيفية', 'ازاي', 'شلون', 'وين', 'اين', 'طريقة', 'چطور', 'چگونه', 'کجا', 'как', 'як', 'где', 'куда', 'де', 'куди', 'каким образом'].map((w) => normaliseScriptText(w)).join('|')})(?![\\p{L}])`, 'u');

/** A concern told in a non-Latin script, or null; for a text mostly in such a script (`writtenInOtherScript`). */
export function readConcernInOtherScripts(zones: MessageZones): Concern | null {
  const subject = zones.texts[ZONE_INDEX.subject]!;
  const body = zones.texts[ZONE_INDEX.body]!;
  const form = zones.texts[ZONE_INDEX.form]!;
  for (const [zone, text] of [[ZONE_INDEX.body, body], [ZONE_INDEX.form, form], [ZONE_INDEX.subject, subject]] as const) {
    const help = CHILDREN_NEED_HELP.exec(text);
    if (help !== null) return { how: 'person-harm', quote: help[0].trim(), zone };
    const sentences = normaliseScriptText(text)
      .split(/[.!?؟۔።;\n]+/)
      .map((x) => (x.length > MAX_SENTENCE ? x.slice(0, MAX_SENTENCE) : x));
    // the ages each sentence tells, read once for every script
    const ages = sentences.map(agesIn);
    for (const script of NORMALISED) {
      const child = sentences.map((s, n) => hasWord(s, script.child, false) !== null || hasWord(s, script.wholeChild, true) !== null || ages[n]!.some(isChildAge));
      for (const sentence of sentences) {
        const held = hasWord(sentence, script.held, false) ?? hasWord(sentence, script.writer, false);
        if (held !== null) return { how: 'person-harm', quote: held, zone };
      }
      for (let i = 0; i < sentences.length; i++) {
        // (hungry after a small school lunch is the school's matter: another harm in the sentence still counts)
        const meal = hasWord(sentences[i]!, script.schoolMeal, false) !== null;
        const harm = firstWord(sentences[i]!, script.harm, false, meal ? HUNGER : null) ?? hasWord(sentences[i]!, script.wholeHarm, true);
        if (harm === null) continue;
        if (child[i] || child[i - 1] === true || child[i + 1] === true) return { how: 'person-harm', quote: harm, zone };
      }
      // an old, ill or disabled person in danger now, in the sentence that names them or the next (who is named is read only
      // beside such a harm: most scripts and sentences have none)
      const namesElder = (n: number): boolean =>
        n >= 0 && n < sentences.length && (hasWord(sentences[n]!, script.elder, false) !== null || hasWord(sentences[n]!, script.wholeElder, true) !== null || ages[n]!.some(isElderAge));
      for (let i = 0; i < sentences.length; i++) {
        const harm = hasWord(sentences[i]!, script.elderHarm, false);
        if (harm === null) continue;
        // an absence explained in the harm's sentence is no danger (the next may be the writer's own: "أنا مسافر غدا")
        if (hasWord(sentences[i]!, script.explained, false) !== null) continue;
        // the person named in that sentence, the two before it or the next (a letter names them first, then tells what is wrong)
        if (namesElder(i) || namesElder(i - 1) || namesElder(i - 2) || namesElder(i + 1)) return { how: 'person-harm', quote: harm.replace('|', ' … '), zone };
      }
    }
  }
  return null;
}
