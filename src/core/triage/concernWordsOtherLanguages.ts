/**
 * The concern reader's words in the languages besides Swedish and English that Swedish
 * municipalities most often receive in Latin script: Finnish (a national minority language),
 * Polish, Somali, Bosnian/Croatian/Serbian, Turkish, Spanish, German and Kurdish Kurmanji. A neighbour who writes
 * "naapurin lapset ovat yksin kotona ja isä on humalassa" reports a concern as plainly as one who
 * writes it in Swedish, and must not wait two working days as a question.
 *
 * They go into the reader's own groups (concern.ts), so the same grammar decides: a harm counts
 * when the sentence (or the one next to it) names a person at risk, being alone only of a child,
 * a carer's drinking only where a child or an old person is in the message. Every word starts a
 * word (`=`), as short foreign words would otherwise match inside Swedish ones; phrases are
 * written out where an ending would otherwise be needed.
 *
 * Scripts other than Latin (Arabic, Persian, Tigrinya, Cyrillic) are not read here: the keyword
 * matcher folds their letters to one symbol.
 */
export interface ConcernWords {
  child: readonly string[];
  carer: readonly string[];
  violence: readonly string[];
  harm: readonly string[];
  alone: readonly string[];
  intox: readonly string[];
  weak: readonly string[];
  worry: readonly string[];
  /** Adults who may be at risk (a neighbour, an old person), where written. */
  adult?: readonly string[];
  /** A person held or exploited (passports taken, not let go to a doctor): a concern whoever it is about. */
  held?: readonly string[];
}

const FINNISH: ConcernWords = {
  child: ['=lapsi', '=lapse', '=poikani=', '=tyttöni=', '=lasten=', '=lapsia=', '=poika', '=pojan=', '=pojat=', '=tyttö', '=tytön=', '=tytöt=', '=tytär', '=tyttären=', '=vauva', '=taapero', '=teini'],
  carer: ['=isä=', '=isän=', '=isällä=', '=isäpuoli', '=äiti=', '=äidin=', '=äidillä=', '=vanhemmat=', '=vanhempien='],
  violence: ['=lyö=', '=lyönyt=', '=löi=', '=lyövät=', '=hakkaa=', '=hakkasi=', '=pahoinpitel', '=mustelma', '=väkivalta'],
  harm: [
    '=nälkä', '=nälissään=', 'ei ole ruokaa', 'ilman ruokaa', 'ei saa ruokaa', 'pelkää mennä kotiin', 'ei uskalla mennä kotiin',
    'haluaa kuolla', '=itsemurha', '=viiltelee=', '=hyväksikäyt', '=laiminlyö',
    // sleeping outdoors, thrown out, hungry, cannot go home
    'nukkuu ulkona', 'nukkui ulkona', 'nukkuu rappukäytävässä', 'heitti ulos', 'heitettiin ulos', 'ei pääse kotiin', 'ei voi mennä kotiin', '=nälkäinen', '=nälkäisiä', 'ei ole syönyt',
  ],
  alone: ['yksin kotona', 'ovat yksin', 'olivat yksin', 'on yksin', 'jätetään yksin', 'jättää yksin', 'jätti yksin', 'yksin yöllä', 'yksin koko'],
  intox: ['=humalassa=', '=kännissä=', 'juo joka', '=päihteissä=', '=huumeita='],
  weak: ['=itkee=', '=itki=', '=huutaa=', '=huusi=', '=pelkää=', '=likainen=', '=likaiset='],
  worry: ['=huolissani=', '=huolestunut=', '=huolestuneita='],
};

const POLISH: ConcernWords = {
  child: ['=dzieci=', '=dziecko=', '=dziecka=', '=dzieckiem=', '=dzieciom=', '=dzieciak', '=synek=', '=córka=', '=córki=', '=córeczka', '=chłopiec=', '=chłopca=', '=chłopcem=', '=chłopcu=', '=chłopczyk', '=chłopak=', '=chłopaka=', '=synem=', '=córką=', '=dziewczynką=', '=dziewczyn', '=dziewczynka=', '=niemowl', '=nastolat', '=nastolatek='],
  carer: ['=ojciec=', '=ojca=', '=matka=', '=matki=', '=rodzice=', '=ojczym='],
  violence: ['=bije=', '=biją=', 'nie bij mnie', 'nie bijcie', '=pobił', '=uderzył', '=uderza=', '=przemoc', '=siniaki=', '=siniak='],
  harm: [
    '=głodne=', '=głodny=', '=głodna=', '=głodni=', 'nie ma jedzenia', 'bez jedzenia', 'boi się wrócić do domu', 'boi się iść do domu',
    'chce umrzeć', '=samobój', '=wykorzyst', '=zaniedban',
    // sleeping on the stairs or outdoors, thrown out, cannot go home
    'śpi na klatce', 'spał na klatce', 'spała na klatce', 'śpi na dworze', 'śpi na ulicy', 'wyrzucił go', 'wyrzucił ją', 'wyrzuciła go', 'wyrzuciła ją', 'nie może wrócić do domu',
    'śpi w samochodzie', 'śpi w aucie', 'spał w samochodzie', 'nie ma gdzie mieszkać', 'nie ma gdzie spać', 'stracił mieszkanie', 'straciła mieszkanie',
    // an old person out at night in a nightgown or pyjamas, confused, with an empty fridge (the Swedish "i nattlinne", "förvirrad", "tomt kylskåp")
    'koszuli nocnej', 'koszula nocna', 'w piżamie', '=zdezorientowan', 'nie wie gdzie jest', 'nie wiedziała gdzie jest', 'nie wiedział gdzie jest',
    'pusta lodówka', 'pustą lodówkę', 'lodówce nic nie ma', 'lodówce prawie nic', 'nic nie ma w lodówce',
    // the door not opened for days, the letterbox full, home care not come, hungry and wet; a young person hit, locked out on the
    // balcony, not wanting to go home; a small child on the windowsill by an open window (a review of the twenty-seventh session, O)
    'nie otwiera drzwi', 'skrzynka pełna', 'pełna listów', 'nikt nie przyszedł', 'nie przyszedł od', 'nie przyszła od', 'nie przyszli od', 'głodny i mokry', 'głodna i mokra',
    // a bank card held by a "helper", money gone from the account, nothing to buy medicine with (review R)
    'ma jej kartę', 'ma jego kartę', 'kartę bankową i pin', 'z konta zniknęło', 'z konta znikają', 'nie ma za co kupić',
    'bije mnie', 'bije mamę i mnie', 'bije mame i mnie', 'zamknął mnie', 'zamknęła mnie', 'nie chcę wracać do domu', 'boję się wracać do domu',
  ],
  alone: ['same w domu', 'sam w domu', 'sama w domu', 'sami w domu', 'zostawia same', 'zostawia je same', 'zostają same', 'same w nocy', 'same całą noc',
    // "dwoje dzieci jest samych od 22:00" (the genitive after a number), "są same", "zostawione same"
    'jest samych', 'są same', 'są sami', 'były same', 'byli sami', 'zostawione same', 'zostawieni sami', 'same od', 'sami od', 'samych od',
    // left alone, in the past and the future, plural and singular ("zostały same na całą noc", "zostawiła dzieci same",
    // "dziecko zostało samo"; a word between verb and "same" — "zostały w domu same" — is not read yet)
    ...['zostały', 'został', 'została', 'zostali', 'zostaną', 'zostanie'].flatMap((v) => ['same', 'sam', 'sama', 'sami'].map((a) => `${v} ${a}`)),
    ...['zostawiła', 'zostawił', 'zostawili', 'zostawiły', 'zostawia', 'zostawiają'].flatMap((v) => ['dzieci same', 'je same', 'ich samych', 'go samego', 'ją samą', 'dzieci na noc', 'dzieci bez opieki'].map((o) => `${v} ${o}`)),
    'dziecko zostało samo', 'zostało samo', 'zostawiła dziecko samo', 'zostawił dziecko samo', 'zostawili dziecko samo',
    'same w mieszkaniu', 'sami w mieszkaniu', 'sam w mieszkaniu', 'sama w mieszkaniu',
    'bez opieki', 'same na noc', 'sami na noc', 'sama na noc', 'sam na noc', 'same na całą noc', 'sami na całą noc'],
  intox: ['=pijani=', '=pijany=', '=pijana=', 'pije codziennie', 'pije cały', '=narkotyki='],
  weak: ['=płacze=', '=płaczą=', '=płakały=', '=płakali=', '=płakał', '=krzyczy=', '=krzyczą=', '=brudne=', '=brudny=', '=boso=', 'nie odbierają telefonu', 'nie odbiera telefonu'],
  worry: ['martwię się', '=niepokoję', '=zaniepokojon', '=zaniepokojony='],
  // (… and a person with dementia: "ona ma demencję", "chora na alzheimera")
  held: [
    ...['zabrał', 'zabrali', 'zabiera', 'trzyma'].flatMap((v) => ['nam paszporty', 'im paszporty', 'paszporty', 'mu paszport', 'jej paszport', 'nasze paszporty', 'ich paszporty'].map((o) => `${v} ${o}`)),
    ...['nie pozwala', 'nie pozwolił', 'nie pozwalają'].flatMap((v) => ['mu iść do lekarza', 'jej iść do lekarza', 'iść do lekarza', 'nam iść do lekarza'].map((o) => `${v} ${o}`)),
    'pracują bez pensji', 'pracujemy bez pensji', 'nikt nie dostał pensji',
  ],
  // (… and a person living alone, after a stroke, paralysed, disabled; a young person telling their age: "mam 15 lat")
  adult: ['mieszka sama', 'mieszka sam', 'po udarze', '=sparaliżowan', '=niepełnosprawn', '=leżąc', ...Array.from({ length: 8 }, (_, i) => `mam ${10 + i} lat`), '=demencj', '=alzheimer', '=sąsiad=', '=sąsiada=', '=sąsiadka=', '=sąsiadki=', '=kolega=', '=kolegi=', '=kolegę=', '=staruszek=', '=staruszka=', '=babcia=', '=dziadek=', '=starszy pan=', '=starsza pani='],
};

const SOMALI: ConcernWords = {
  child: ['=carruur', '=carruurta=', '=carruurtu=', '=carruurtii=', '=caruur', '=caruurta=', '=ilmaha=', '=ilmo=', '=wiil=', '=wiilka=', '=wiilkayg', '=gabar=', '=gabadha=', '=gabadh=', '=gabadhayd', 'ilmo yar', '=canug'],
  carer: ['=aabaha=', '=aabe=', '=aabihii=', '=hooyada=', '=hooyo=', '=waalid'],
  violence: ['=garaac', '=garaacay=', '=tacadi', 'gacan ka hadal'],
  // … and a son with dangerous men ("rag waaweyn"), "they will kill me" ("way i dilayaan")
  harm: ['=gaajo', '=gaajays', 'cunto la\'aan', 'cunto ma', 'ka baqaya guriga', 'ka baqaa guriga', '=isdil', 'i dilayaan', 'rag waaweyn',
    // the door not opened, the telephone not answered, home care not come, cannot get up; a burn wound; not wanting to go home;
    // found in the street barefoot in the snow (a review of the twenty-seventh session, O)
    'albaabka ma furin', 'albaabka ma furo', 'telefoonka ma qabato', 'telefoonkana ma qabato', 'ma iman tan iyo', 'ma kici karto', 'ma kici karo', 'gubasho', '=nabar=',
    'ma rabo inuu guriga', 'ma rabto inay guriga', 'ma rabo inaan guriga', 'cagaha qaawan', 'waddada laga helay', 'barafna',
    // a bank card or pension taken, no food left; shouted at, pushed, hurt in the face; afraid; a small child alone on a balcony, no one opening (review R)
    'qaatay kaarka', 'kaarka bangiga', 'lacagteeda wuu qaataa', 'lacagtiisa wuu qaataa', 'cunto ma haysto', 'ku qayliyaa', 'wuu riixaa', 'dhaawacan',
    'kaligii ku jira', 'kaligeed ku jirta', 'cidna ma furin'],
  // a passport taken, a marriage planned, not let out of the house
  // (forced: "aabahay wuxuu igu qasbayaa inaan guursado" — not a wedding told: "walaashay waxay guursan doontaa bisha dambe")
  held: ['baasaboorkayga', 'baasaboorkeeda', 'lagama ii oggola', 'lagama oggola', 'igu qasbayaa', 'ku qasbayaa'],
  // an old person, one living alone, with dementia; my mother, father, uncle, grandmother
  adult: ['da\' weyn', '=islaan', '=waayeel', '=oday=', '=odayga=', 'kaligeed ku nool', 'kaligii ku nool', '=ilowshaha', '=hooyaday=', '=aabahay=', '=adeerkay=', '=ayeeyaday', '=awoowahay'],
  // "they alone" ("hooyo keligeed ah", a single mother, is not a child left alone)
  alone: ['=keligood=', '=kaligood='],
  intox: ['=sakhraan', '=khamri=', '=daroogo'],
  weak: ['=ooyaya=', '=ooynaya=', '=qaylin'],
  worry: ['=walwal'],
};

const BOSNIAN_CROATIAN_SERBIAN: ConcernWords = {
  child: ['=dijete=', '=djeca=', '=djece=', '=djecu=', '=djetetom=', '=dete=', '=deca=', '=decu=', '=dječak', '=djevojčic', '=beba=', '=kćerka', '=ćerka'],
  carer: ['=otac=', '=majka=', '=majke=', '=roditelji='],
  violence: ['=tuče=', '=tukao=', '=tukla=', '=udara=', '=udario=', '=nasilje', '=modrice='],
  harm: ['=gladna=', '=gladni=', '=gladno=', 'bez hrane', 'nemaju hrane', 'boji se ići kući', 'želi umrijeti', '=zlostavlj',
    // an old neighbour who has not opened the door for days ("Komšija … 83 god … nije otvorio vrata 6 dana")
    'nije otvorio vrata', 'nije otvorila vrata', 'niko ga nije vidio', 'niko je nije vidio', 'nismo ga vidjeli', 'nismo je vidjeli'],
  adult: ['=komšija=', '=komšinica=', '=komšiju=', '=susjed=', '=susjeda=', '=susjedu=', '=baka=', '=djed=', '=starac=', '=starica='],
  alone: ['sami kod kuće', 'sama kod kuće', 'sam kod kuće', 'ostavlja ih same', 'ostavlja same', 'ostavljeni sami'],
  intox: ['=pijan=', '=pijana=', '=pijani=', '=drogira'],
  weak: ['=vrišti=', '=prljav'],
  worry: ['=zabrinut', '=brinem='],
};

const TURKISH: ConcernWords = {
  child: ['=çocuk', '=çocuğu', '=çocukları', '=bebek', '=oğlu', '=kızı=', '=kızım=', '=oğlum=', '=kız=', '=kızlar'],
  carer: ['=baba=', '=babası=', '=annesi=', '=ebeveyn'],
  violence: ['=dövüyor', '=dövdü', '=dayak', '=vuruyor', '=şiddet', '=morluk'],
  // (… and photos of girls in their underwear: "Kızlardan iç çamaşırıyla fotoğraf istiyor")
  harm: ['aç kalıyor', 'yemek yok', 'eve gitmekten korkuyor', 'ölmek istiyor', '=intihar', '=taciz', 'iç çamaşırıyla fotoğraf', 'iç çamaşırlı fotoğraf'],
  alone: ['evde yalnız', 'yalnız kalıyor', 'yalnız bırak'],
  intox: ['=sarhoş', '=uyuşturucu'],
  weak: ['=ağlıyor', '=bağırıyor', '=kirli='],
  worry: ['=endişeli', 'endişe ediyorum'],
};

const SPANISH: ConcernWords = {
  child: ['=niño=', '=niña=', '=niños=', '=niñas=', '=bebé=', '=hijo=', '=hija=', '=hijos=', '=adolescente'],
  carer: ['=padre=', '=madre=', '=padres=', '=papá=', '=mamá='],
  violence: ['=pega=', '=golpea', '=golpeó', '=maltrat', '=maltrato=', '=moretones=', '=violencia='],
  harm: ['=hambre=', 'sin comida', 'no comen', 'miedo de volver a casa', 'quiere morir', '=suicid', '=suicidio=', '=abuso=', '=abusa='],
  alone: ['solos en casa', 'solo en casa', 'sola en casa', 'deja solos', 'dejan solos', 'solos toda la noche'],
  intox: ['=borrachos=', '=drogado', '=drogas='],
  weak: ['=llora=', '=llorando=', '=grita=', '=gritos=', '=sucio=', '=sucia='],
  worry: ['=preocupad', '=preocupado=', 'me preocupa'],
};

const GERMAN: ConcernWords = {
  child: ['das kind', 'ein kind', 'kleine kind', 'kleines kind', 'dem kind', '=kindes=', 'die kinder', 'den kindern', 'meine kinder', 'seine kinder', 'ihre kinder', 'kinder sind', '=mädchen=', '=sohn=', '=tochter=', '=säugling', '=kleinkind'],
  carer: ['=vater=', 'die mutter', 'der mutter', 'seine mutter', 'ihre mutter', '=eltern=', '=stiefvater='],
  violence: ['=schlägt=', '=geschlagen=', '=misshandelt', '=gewalt=', 'blaue flecken'],
  harm: ['haben hunger', 'hat hunger', 'kein essen', 'ohne essen', 'angst nach hause', 'will sterben', '=selbstmord', '=missbrauch', '=vernachlässig'],
  alone: ['allein zu hause', 'alleine zu hause', 'allein gelassen', 'alleine gelassen', 'die ganze nacht allein'],
  intox: ['=besoffen'],
  weak: ['=weint=', '=schreit=', '=schreien=', '=schmutzig'],
  worry: ['mache mir sorgen', '=besorgt='],
};

/** Kurdish Kurmanji (Latin script): children, a girl, a son; beats, wants to die, not let go to school, hungry, alone at home. */
const KURMANJI: ConcernWords = {
  child: ['=zarok', '=keç=', '=keça=', '=keçik', '=kurê=', '=kurik'],
  carer: ['=bav=', '=bavê=', '=diya=', '=dayika='],
  // (… hurts: "bavo dayê diêşîne"; not "lêdan", which is playing a drum as much as a blow)
  violence: ['=lêdide=', 'lê dide', '=lêdixe=', 'lê dixe', '=lêxist=', '=diêşîne='],
  // "she is not let go to school" (a girl kept home to work) — "does not go to school" alone may be illness
  harm: ['dixwaze bimire', 'nahêle biçe dibistanê', 'nahêlin biçe dibistanê', 'nahêle here dibistanê', '=birçî=', 'xwarin tune', '=xwekuj'],
  alone: ['bi tenê li malê', 'tenê li malê'],
  intox: ['=serxweş'],
  weak: ['=digirî=', '=diqîre=', '=digiriya=', '=diqîriya='],
  worry: ['ez ditirsim', '=xemgîn'],
};

const LANGUAGES: readonly ConcernWords[] = [FINNISH, POLISH, SOMALI, BOSNIAN_CROATIAN_SERBIAN, TURKISH, SPANISH, GERMAN, KURMANJI];

/** Every language's words of one group, for concern.ts to add to its own. */
export function otherLanguageWords(group: keyof ConcernWords): string[] {
  return LANGUAGES.flatMap((l) => l[group] ?? []);
}
