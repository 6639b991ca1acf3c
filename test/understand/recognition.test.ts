/**
 * Condition recognition on the real knowledge base (imported from the shared data by openTestKb):
 * exact names in every spelling, abbreviations, misspellings, references, subject lines, several
 * conditions, drugs; and name search.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Understanding } from '../../src/understand/index.js';
import { openTestUnderstanding } from '../support/understanding.js';

let u: Understanding;

before(async () => {
  u = await openTestUnderstanding();
});

/** Condition ids of the foci of a message. */
function foci(message: string, subject?: string): string[] {
  return u.analyze(message, { subject }).foci.map((f) => f.conditionId);
}

interface Case {
  message: string;
  subject?: string;
  /** Condition ids that must be among the foci, the first one first. */
  expect: string[];
  match?: 'exact' | 'abbreviation' | 'fuzzy' | 'reference';
  why: string;
}

const CASES: Case[] = [
  {
    message:
      'I have had lupus for 12 years and now I have been told I have neuromyelitis optica. Will my sight come back?',
    expect: ['GARD:6267', 'GARD:10253'],
    why: 'the condition told of as new leads the one lived with for years',
  },
  {
    message: 'They are talking about a pull through operation at 3 months for his Hirschsprung disease.',
    expect: ['GARD:6660'],
    why: '"at 3" is no name (the test "AT III"): a function word and a number name nothing',
  },
  {
    message: 'could my son have angelman? 2 yrs not talking, laughs a lot',
    expect: ['GARD:5810'],
    why: 'a lower-case eponym the names always capitalize, ending the clause after "have"',
  },
  {
    message: 'Our baby had surgery for Hirschprung disease. Will he get bowel control?',
    expect: ['GARD:6660'],
    match: 'fuzzy',
    why: 'one source name spells "Hirschprung"; the spelling the other 50 use is tried too',
  },
  {
    message: 'Our son has CMT (Charcot-Marie-Tooth), type 1A we were told.',
    expect: ['GARD:6034'],
    why: '"type 1A" alone (a synonym of a laryngeal cleft type) names nothing: only subtype words',
  },
  {
    message: 'What is Parry Romberg syndrome?',
    expect: ['GARD:7338'],
    match: 'exact',
    why: 'a GARD synonym of progressive hemifacial atrophy, hyphen left out',
  },
  {
    message: "Is Parry-Romberg's syndrome inherited?",
    expect: ['GARD:7338'],
    why: 'hyphen and possessive: GARD lists "parry romberg syndrome" under GARD:7338',
  },
  {
    message: 'My aunt has hemifacial atrophy, progressive. What can be done?',
    expect: ['GARD:7338'],
    why: 'MedQuAD lists the inverted form "Hemifacial atrophy, progressive"; it also matches when written inverted',
  },
  {
    message: 'how is PROGRESSIVE HEMIFACIAL ATROPHY treated',
    expect: ['GARD:7338'],
    why: 'capitals do not matter for full names',
  },
  {
    message: 'My son has duchene muscular distrophy. What is his life expectancy?',
    expect: ['GARD:6291'],
    match: 'fuzzy',
    why: 'two misspelled words, each one edit from "Duchenne muscular dystrophy"',
  },
  {
    message: 'Where can I find a doctor for parry romburg syndrome?',
    expect: ['GARD:7338'],
    match: 'fuzzy',
    why: '"romburg" is one edit from "romberg"',
  },
  {
    message: 'my daughter has seliac disease, can she eat oats',
    expect: ['UMLS:C0007570'],
    match: 'fuzzy',
    why: '"seliac" is written by ear: it sounds like "celiac" (a first letter no edit would change)',
  },
  {
    message: 'can you die from crones disease',
    expect: ['UMLS:C0010346'],
    match: 'fuzzy',
    why: '"crones" is written by ear: it sounds like "crohns" (its e is silent)',
  },
  {
    message: 'diagnosed with menears disease last month, how do i stop the vertigo',
    expect: ['GARD:10340'],
    match: 'fuzzy',
    why: '"menears" sounds like "menieres"',
  },
  {
    message: 'how common is rhett syndrome like how many girls get it',
    expect: ['GARD:5696'],
    match: 'fuzzy',
    why: '"rhett" sounds like "Rett"; "syndrome" is spelled right, so the name is more than a sound',
  },
  {
    message: 'he was diagnosed with gillian barry syndrome on tuesday, will he walk again',
    expect: ['GARD:6554'],
    match: 'fuzzy',
    why: 'both eponyms of Guillain-Barre syndrome written as they sound, each one correction',
  },
  {
    message: 'GP said it is Hashimotos thyroiditis but nothing to treat yet.',
    expect: ['UMLS:C0040147'],
    why: 'a possessive written without its apostrophe inside a name: "Hashimoto\'s thyroiditis"',
  },
  {
    message: 'my brother got diagnosed with skitzophrenia last year, will he ever work again',
    expect: ['UMLS:C0036341'],
    match: 'fuzzy',
    why: 'a long word written by ear ("sch" as "sk", "z" as "tz") is taken even as a one-word name',
  },
  {
    message: 'Our daughter is 9 and was diagnosed with OCD in the spring. What causes it?',
    expect: ['UMLS:C0028768'],
    why: 'OCD is read as obsessive-compulsive disorder when nothing in the message points at osteochondritis dissecans',
  },
  {
    message: 'My son has OCD of the knee (osteochondritis dissecans). Will he need surgery?',
    expect: ['GARD:12703'],
    why: 'the message names the other reading of OCD',
  },
  {
    message: 'My daughter was diagnosed with FOP last year.',
    expect: ['GARD:6445'],
    match: 'abbreviation',
    why: 'FOP is the abbreviation of fibrodysplasia ossificans progressiva (GARD:6445)',
  },
  {
    message: 'Is ALS hereditary?',
    expect: ['GARD:5786'],
    match: 'abbreviation',
    why: 'ALS: amyotrophic lateral sclerosis',
  },
  {
    message: 'Can NF1 cause learning problems?',
    expect: ['GARD:7866'],
    match: 'abbreviation',
    why: 'NF1 with a digit: neurofibromatosis type 1',
  },
  {
    message: 'Can NF-1 skip a generation?',
    expect: ['GARD:7866'],
    why: 'abbreviation and number written apart with a hyphen',
  },
  {
    message: 'Is there a link between Noonan syndrome and polycystic kidney disease?',
    expect: ['GARD:10955', 'GARD:7419'],
    why: 'two conditions kept apart, in the order written',
  },
  {
    message: 'How is this condition treated?',
    subject: 'Marfan syndrome',
    expect: ['GARD:6975'],
    match: 'reference',
    why: 'the condition is named only in the subject line, and "this condition" refers to it',
  },
  {
    message: 'What are the side effects of metformin?',
    expect: ['RD:metformin'],
    why: 'drugs from MedlinePlus are foci too',
  },
  {
    message: "What's the treatment for Crohns disease?",
    expect: ['UMLS:C0010346'],
    why: 'apostrophe left out: "Crohns" normalizes like "Crohn\'s"',
  },
  {
    message: 'my grandmother has parkinsons',
    expect: ['UMLS:C0030567'],
    why: 'a lower-case eponym with the possessive s and no apostrophe: "parkinson" is written capitalized inside names',
  },
  {
    message: 'my uncle was diagnosed with copd last year',
    expect: ['UMLS:C3714496'],
    match: 'abbreviation',
    why: 'an acronym typed in lower case: medical text always writes it COPD',
  },
  {
    message: 'just dx w/ ms at 29 and scared',
    expect: ['GARD:10255'],
    match: 'abbreviation',
    why: 'a short word in lower case right after "diagnosed with" (here "dx w/") names what was diagnosed',
  },
  {
    message: 'My wife has Marfan syndrome and I take warfarin.',
    expect: ['GARD:6975', 'RD:warfarin'],
    why: 'a condition and a drug in one sentence',
  },
  {
    message: 'My doctor put me on Lipitor and my legs ache, could that be the pill?',
    expect: ['RD:atorvastatin'],
    match: 'exact',
    why: 'a brand name finds its generic drug (brand-names.ts: Lipitor is atorvastatin)',
  },
  {
    message: 'can i drink alcohol while on zoloft',
    expect: ['RD:sertraline'],
    why: 'brand names match in lower case too',
  },
  {
    message: 'I have been taking synthroyd for ten years.',
    expect: ['RD:levothyroxine'],
    match: 'fuzzy',
    why: 'a misspelled brand name (one edit from Synthroid) is corrected like any name',
  },
  {
    message: 'My mother keeps getting low blood sugar at night, what could cause it?',
    expect: ['UMLS:C0020615'],
    match: 'exact',
    why: 'a lay name made of everyday words: "low blood sugar" is a MedlinePlus synonym of Hypoglycemia',
  },
  {
    message: 'Our grandson was born with water on the brain. Will he need a shunt?',
    expect: ['UMLS:C0020255'],
    why: '"water on the brain" is the everyday name of Hydrocephalus',
  },
  {
    message: 'Our baby was born with club foot. Will she walk normally?',
    expect: ['GARD:5112'],
    match: 'fuzzy',
    why: 'a one-word name written as two words: "Clubfoot" is a name of talipes equinovarus',
  },
  {
    message: 'The doctor felt a lump in my breast last week. What happens next?',
    expect: ['UMLS:C0024103'],
    match: 'exact',
    why: '"a lump in my breast" is the name "breast lump" with its words turned around',
  },
  {
    message: 'My father has cancer of the pancreas.',
    expect: ['UMLS:C0346647'],
    why: '"cancer of the pancreas" is "pancreatic cancer": the body part as its adjective',
  },
  {
    message: 'I am allergic to latex. Can I still have surgery?',
    expect: ['UMLS:C1998401'],
    why: '"allergic to latex" is the name "latex allergy" turned around, the adjective read as its noun',
  },
  {
    message: 'I keep getting stones in my kidneys.',
    expect: ['UMLS:C1833683'],
    why: '"stones in my kidneys" is "kidney stones" (a plural part is tried singular)',
  },
  {
    message: 'I have heart burn every night after dinner.',
    expect: ['UMLS:C0018834'],
    why: '"heart burn" is Heartburn written as two words, not "Burns" after the word "heart"',
  },
  {
    message: 'I keep getting UTIs, why does this happen?',
    expect: ['UMLS:C0042029'],
    match: 'abbreviation',
    why: 'a plural abbreviation: UTI is a name of urinary tract infections',
  },
  {
    message: 'Can STDs cause infertility?',
    expect: ['UMLS:C0036916'],
    why: '"STDs" is written exactly as a name of Sexually Transmitted Diseases, so it wins over another condition abbreviated STD',
  },
  {
    message: 'What is pyloric stenosis and is it serious?',
    expect: ['UMLS:C0034194'],
    match: 'exact',
    why: 'the page "Pyloric stenosis - infant" is found without its population ending',
  },
  {
    message: 'My daughter has coeliac disease and anaemia. Are they related?',
    expect: ['UMLS:C0007570', 'UMLS:C0002871'],
    match: 'exact',
    why: 'British spellings are read as the American ones the sources use: coeliac = celiac, anaemia = anemia',
  },
  {
    message: 'He had an operation for a slipped disc last year.',
    expect: ['UMLS:C0242362'],
    why: '"disc" is "disk" in the U.S. name "Slipped disk"',
  },
  {
    message: 'My mother was told she has bone thinning. Is it serious?',
    expect: ['UMLS:C0029456'],
    match: 'exact',
    why: 'a lay name from lay-names.ts: "bone thinning" is osteoporosis',
  },
  {
    message: 'I had a blood clot in my leg after my flight. Could it come back?',
    expect: ['UMLS:C0149871'],
    why: 'the longer lay name wins over "blood clot": a clot in the leg is a deep vein thrombosis',
  },
  {
    message: 'My dog bit a bat. Is rabies always fatal?',
    expect: ['GARD:7516'],
    why: '"Rabies" is read "raby", a short form, yet it is a disease\'s own name written as a word, not an abbreviation',
  },
  {
    message: 'I get shin splints every time I start running again.',
    expect: ['UMLS:C1696469'],
    why: 'MedlinePlus files it as "Shin splints - self-care": people name the condition, not the page',
  },
  {
    message: 'We live in Ohio and my daughter has Ehlers Danlos, the hypermobile type.',
    expect: ['GARD:6322'],
    why: 'a name of two eponyms is used without "syndrome": Ehlers-Danlos syndrome',
  },
  {
    message: 'I was diagnosed with hashimotos last year.',
    expect: ['UMLS:C0677607'],
    why: 'an eponym with a plural s and no apostrophe is the "Hashimoto disease" it names',
  },
  {
    message: 'How many Tylenol can I take in one day?',
    expect: ['RD:acetaminophen'],
    why: 'the curated brand name wins over MedlinePlus listing "Tylenol" as a name of its page on dosing for children',
  },
  {
    message: 'Can I have a beer while taking warfarin?',
    expect: ['RD:warfarin'],
    why: '"taking warfarin" says what is done with the drug: MedlinePlus\'s page "Taking warfarin (Coumadin)" gives way to the drug itself',
  },
  {
    message: 'I have had sciatica for 3 months. Would a steroid shot help?',
    expect: ['UMLS:C0036396'],
    why: 'the condition comes before a topic ("Steroids") as the message\'s main focus, even when the topic is in the question',
  },
  {
    message: 'how do they test for celiac in kids?',
    expect: ['UMLS:C0007570'],
    why: '"celiac" alone is how people name celiac disease (lay-names.ts)',
  },
  {
    message: 'I am diabetic and want to know which fruits I can eat.',
    expect: ['UMLS:C0011860'],
    why: 'a condition named by its adjective: "diabetic" is diabetes',
  },
  {
    message: 'I have had piles since my second baby.',
    expect: ['UMLS:C0019112'],
    why: '"piles" is the everyday name of hemorrhoids (lay-names.ts; a curated short name is a word)',
  },
  {
    message: 'Will my hair grow back after chemo?',
    expect: ['RD:chemotherapy'],
    why: '"chemo" is the everyday short name of chemotherapy (lay-names.ts)',
  },
  {
    message: 'my dad has afib, is it serious?',
    expect: ['UMLS:C1963067'],
    match: 'abbreviation',
    why: 'the knowledge base writes "AFib" in mixed case; typed in lower case it is still the abbreviation, since "afib" is no word',
  },
  {
    message: 'Is AFib hereditary?',
    expect: ['UMLS:C1963067'],
    match: 'abbreviation',
    why: 'a mixed-case abbreviation written as the knowledge base writes it',
  },
  {
    message: 'My husband takes carbidopa/levodopa three times a day. Does protein interfere with it?',
    expect: ['RD:levodopa-and-carbidopa'],
    why: 'a combination of two medicines written with a slash, in the other order than its name "Levodopa and Carbidopa"',
  },
  {
    message: 'is amlodipine-benazepril ok with grapefruit juice',
    expect: ['RD:amlodipine-and-benazepril'],
    why: 'a combination written with a hyphen',
  },
  {
    message: 'I just found out I am heterozygous for factor V Leiden. Should my kids be tested?',
    expect: ['GARD:6403'],
    why: '"factor V Leiden" is how people name the thrombophilia (lay-names.ts); "heterozygous", a synonym of the topic Genetics, is a word of the result, not a focus',
  },
  {
    message: 'how do I get rid of toenail fungus',
    expect: ['UMLS:C0040261'],
    why: 'the everyday name of a fungal nail infection (lay-names.ts)',
  },
  {
    message: 'my son has excema on his hands, what cream works?',
    expect: ['UMLS:C0013595'],
    why: 'a frequent misspelling of a six-letter name, which the spelling matcher leaves alone, is read as "eczema" is (lay-names.ts)',
  },
  {
    message: 'Is CBD oil safe to give with his seizure medicines?',
    expect: ['RD:cannabidiol'],
    why: 'CBD oil is cannabidiol (lay-names.ts)',
  },
  {
    message: 'my son has lupis, what is it?',
    expect: ['GARD:10253'],
    match: 'fuzzy',
    why: 'a five-letter word one letter from a name, and no English word: read as the name it misspells',
  },
  {
    message: 'can I take asprin with prozak',
    expect: ['RD:aspirin', 'RD:fluoxetine'],
    match: 'fuzzy',
    why: 'short misspelled medicine names, a generic and a brand one, each one letter off',
  },
  {
    message: 'How common is cri du chat? Our pediatrician had never seen it.',
    expect: ['GARD:6213'],
    why: 'the syndrome named without its last word, in lower case (lay-names.ts)',
  },
  {
    message: 'My son has Duchenne. Will he still walk at 12?',
    expect: ['GARD:6291'],
    why: 'the dystrophy by its eponym alone; a three-word name is not found by the eponym rules (lay-names.ts)',
  },
  {
    message: 'could this be TMJ? my jaw clicks',
    expect: ['UMLS:C0039494'],
    why: 'the jaw joint disorders, not the rare ankylosis the abbreviation also names: a curated name wins',
  },
  {
    message: 'any way to stop the chest infections i get every winter with copd',
    expect: ['UMLS:C0149514', 'UMLS:C3714496'],
    why: 'a chest infection is what people call a bronchitis, not mediastinitis (a MedQuAD synonym)',
  },
  {
    message: 'What do they do to prevent graft vs host disease after a stem cell transplant?',
    expect: ['UMLS:C0018133'],
    why: '"vs" is read as "versus" inside a name (normalize.ts)',
  },
  {
    message: 'peyronies disease cure?',
    expect: ['GARD:7379'],
    why: 'a possessive without its apostrophe that also reads as a plural ("peyronies" is not "peyrony")',
  },
  {
    message: 'My estradiol patch came off in the shower. Do I put a new one on now?',
    expect: ['RD:estradiol-transdermal-patch'],
    why: '"Estradiol Transdermal Patch" is also named by the drug and its last form word',
  },
  {
    message: 'Can I give paracetamol and ibuprofen together?',
    expect: ['RD:acetaminophen', 'RD:ibuprofen'],
    why: 'the international generic name of acetaminophen (brand-names.ts)',
  },
  {
    message: 'My vWD gives me nosebleeds that will not stop.',
    expect: ['GARD:7867'],
    match: 'abbreviation',
    why: 'an abbreviation people use in mixed case that the sources do not list (lay-names.ts)',
  },
  {
    message: 'I stopped taking the combined pill and have 4 packs left.',
    expect: ['UMLS:C3811910'],
    why: 'the combined pill is the combination birth control pill (lay-names.ts)',
  },
  {
    message: 'My brother was breathless and they found a clot on the lung.',
    expect: ['UMLS:C0034065'],
    why: 'an everyday description of a pulmonary embolism (lay-names.ts)',
  },
  {
    message: 'My Irish dad has the Celtic curse, should I be tested?',
    expect: ['GARD:10746'],
    why: 'the everyday name of hereditary hemochromatosis (lay-names.ts)',
  },
  {
    message: 'since starting ofloxacin ear drops I have a strange bitter taste in my mouth',
    expect: ['RD:ofloxacin-otic'],
    why: 'a medicine named "Otic" is what people call ear drops ("Ophthalmic", eye drops)',
  },
  {
    message: 'my sister just tested positive for Li Fraumeni, which gene is it?',
    expect: ['GARD:6902'],
    why: 'two eponyms without their last word, the first of two letters ("Li-Fraumeni syndrome")',
  },
  {
    message: 'Can I take Tums while pregnant?',
    expect: ['RD:calcium-carbonate'],
    why: 'the brand name of calcium carbonate (brand-names.ts)',
  },
  {
    message: 'Since starting Mestinon I get stomach cramps. Is that normal?',
    expect: ['RD:pyridostigmine'],
    why: 'the brand name of a medicine for a rare condition joins the generic name the knowledge base files it under',
  },
  {
    message: 'My husband has rheumatoid arthritis and started Actemra. Can he have the flu shot?',
    expect: ['RD:tocilizumab-injection'],
    why: 'the brand name of a biologic medicine (brand-names.ts)',
  },
  {
    message: 'im 16 and i have klinefelter after years of tests. can i still play football',
    expect: ['GARD:8705'],
    why: 'an eponym in lower case, a word the names always capitalize, right after "have" and before "after"',
  },
  {
    message: 'The pediatrician gave him Bactrim for an ear infection. Can it cause a rash?',
    expect: ['RD:co-trimoxazole'],
    why: 'the brand name of an antibiotic (brand-names.ts)',
  },
  {
    message: 'Looking for a neurosurgeon who knows about tethered cord in adults.',
    expect: ['UMLS:C0080218'],
    why: 'the short name people use for tethered spinal cord syndrome (lay-names.ts)',
  },
  {
    message: 'My mom just tested positive for brca1. Should I get tested too?',
    expect: ['GARD:12351'],
    why: 'the gene people name the hereditary breast and ovarian cancer syndrome by (lay-names.ts)',
  },
  {
    message: 'Our daughter had a tumour and they found a DICER1 mutation. What does that mean for her?',
    expect: ['GARD:10734'],
    why: 'a gene symbol named like its syndrome ("DICER1 syndrome"), right before "mutation"',
  },
  {
    message: 'The genetic test found an SDHB mutation. What checks will I need?',
    expect: ['GARD:7324'],
    match: 'abbreviation',
    why: 'a gene said to be one by "mutation": of the conditions it causes, hereditary paraganglioma-pheochromocytoma (filed under "Paragangliomas 1"), which has the most content',
  },
  {
    message: 'The exome came back STXBP1, de novo. What should we expect?',
    expect: ['GARD:12900'],
    why: 'a gene-named condition named by its gene alone, after "came back"',
  },
  {
    message: 'I was diagnosed with hypermobile EDS last year. Will it get worse with age?',
    expect: ['GARD:2081'],
    why: 'a type of Ehlers-Danlos syndrome as people name it (lay-names.ts), not the whole group',
  },
  {
    message: 'Our son has usher type 2. Will he lose his sight?',
    expect: ['GARD:5440'],
    why: 'a type named without "syndrome" before it ("Usher syndrome type 2")',
  },
  {
    message: 'I have NMO and want to get pregnant. Is that safe?',
    expect: ['GARD:6267'],
    why: 'the short name of neuromyelitis optica, which the sources do not list (lay-names.ts)',
  },
  {
    message: 'Our baby has an FBN1 variant. What does that mean for her?',
    expect: ['GARD:6975'],
    why: 'a gene GHR names as the cause of Marfan syndrome, which has more content than the rarer conditions named after it',
  },
  {
    message: 'The exome found a MECP2 mutation in my daughter. What should we expect?',
    expect: ['GARD:5696'],
    why: 'a gene of several conditions stands for the one with most content (Rett syndrome), not one whose names hold "MECP2 mutation"',
  },
  {
    message: 'My son is very tall with long fingers. Should he get tested for marfan?',
    expect: ['GARD:6975'],
    why: 'an eponym in lower case that the names only ever open ("Marfan syndrome") and no English word list holds',
  },
  {
    subject: 'Huntington - our family',
    message: 'My grandfather had it and my dad was just diagnosed. What are the chances I have it too?',
    expect: ['GARD:6677'],
    why: 'an eponym opening a subject line, capitalized as every first word is, and no English word',
  },
  {
    message: 'Our son with SCID will get Synagis shots this winter. What is it for?',
    expect: ['RD:palivizumab-injection'],
    why: 'the brand name of palivizumab (brand-names.ts)',
  },
  {
    message: 'I take fludrocortisone for Addison disease. Can I take it at night?',
    expect: ['RD:fludrocortisone-acetate'],
    why: 'a medicine named without its salt ("Fludrocortisone Acetate")',
  },
  {
    message: 'My great aunt had what the family called the falling sickness. Is it hereditary?',
    expect: ['UMLS:C0014544'],
    why: 'an old name of epilepsy',
  },
  {
    message: "Grandad's death certificate says Bright's disease. What is that?",
    expect: ['GARD:6516'],
    why: 'the old eponym of glomerulonephritis',
  },
  {
    message: "I kneel all day and have housemaid's knee. Will it go away?",
    expect: ['UMLS:C0006444'],
    why: 'the lay name of a bursitis of the knee',
  },
  {
    message: 'The cardiologist said Wolff-Parkinson-White. Can he still play rugby?',
    expect: ['GARD:7897'],
    why: 'the eponyms of the syndrome without its last word',
  },
  {
    message: 'grandma here, my grandson has cf. how long do kids with it live nowadays??',
    expect: ['GARD:6233'],
    why: 'an abbreviation that is an ordinary word in lower case names the condition after "has", at the end of a clause',
  },
  {
    message: 'ok so my son has pandas apparently... what do they do to treat it',
    expect: ['GARD:7312'],
    why: 'the same when the clause ends with "apparently"',
  },
  {
    message: 'just got my ms diagnosis at 24, how bad does it get',
    expect: ['GARD:10255'],
    why: 'a short lower-case word between "my" and "diagnosis" names what was diagnosed',
  },
];

void describe('condition recognition', () => {
  for (const c of CASES) {
    void it(`${c.message} (${c.why})`, () => {
      const a = u.analyze(c.message, { subject: c.subject });
      const ids = a.foci.map((f) => f.conditionId);
      for (const id of c.expect)
        assert.ok(ids.includes(id), `expected ${id} among ${ids.join(', ') || 'none'}`);
      if (c.expect.length > 1) {
        assert.ok(ids.indexOf(c.expect[0]) < ids.indexOf(c.expect[1]), 'kept in the order written');
      }
      if (c.match) {
        const f = a.foci.find((x) => x.conditionId === c.expect[0]);
        assert.equal(f?.match, c.match);
      }
    });
  }

  void it("reads a gene named beside a disease as that disease's gene, not as a condition named after it", () => {
    // JAK2 is in the names of Budd-Chiari syndrome (GARD:5968) but is here the gene of the thrombocythemia
    const a = u.analyze('She has essential thrombocythemia with a JAK2 mutation. Is it inherited?');
    assert.deepEqual(
      a.foci.map((f) => f.conditionId),
      ['GARD:6594'],
    );
  });

  void it('takes a gene symbol only when written as one: "partial" in lower case is no gene', () => {
    // "partial" is a word of "... due to partial rag1 deficiency"; written in lower case it stays a word
    const a = u.analyze('My son has a partial deletion and the doctors are not sure what it means.');
    assert.deepEqual(a.foci, []);
  });

  void it('gives character offsets of the matched words', () => {
    const message = 'I have a friend who is affected by progressive hemifacial atrophy.';
    const f = u.analyze(message).foci[0];
    assert.equal(message.slice(f.start, f.end), f.text);
    assert.equal(f.text, 'progressive hemifacial atrophy');
  });

  // Ordinary sentences with words that are close to condition names must not produce foci.
  const ORDINARY = [
    'I was wondering if you could send me some information please.', // "information" is a MedlinePlus topic word only
    'My mother is worried because she has been tired and cold lately.', // "cold", "tired": ordinary words
    'We went to the hospital yesterday and the doctor said to come back next week.',
    'Thanks for all the help, it is greatly appreciated.', // "all" would be ALL (a leukemia) only in capitals
    'We had a dash of salt in the soup and the coach said to rest.', // "dash", "coach": acronyms only in capitals
    'She has pots of energy and we have met the new nurse.', // "has pots" names POTS only at the end of a clause
    'Are there benefits or grants we can apply for?', // "grants" is no plural of the eponym of Grant syndrome
    'She wears a back brace at night and has braces on her teeth.', // a brace is not Orthodontia's synonym "Braces"
    // everyday-word names of topics stay topics: "side effects" is a synonym of Drug Reactions, "blood sugar" a topic
    'I am worried about side effects and my blood sugar after dinner.',
    'I lost my IDs and the CDs I had burned.', // two capitals and a plural s are words, not abbreviations
    // turned-around names are only tried with a complaint word and a name the dictionary holds
    'There was a problem with the test and a failure of the treatment plan.',
    'He has a broken heart since she left, and he sits with a straight back.', // hyphenated non-eponyms stay whole
    'pls help me understand, plz', // chat words, not the abbreviation PLS
    'Ms Smith was diagnosed with it in May and I was diagnosed with a cold.', // "ms" elsewhere is a title
    // a word that only sounds like a one-word name is not that name ("Florida" is not "fluoride")
    'We moved to Florida last year and she got a new job.',
    // a holiday after "for" is no eponym in lower-case reading (Christmas disease is hemophilia B)
    'The kids want a dog for Christmas.',
    // street names of drugs that are everyday words are not names ("glass" is a MedlinePlus name of methamphetamine)
    'She had a glass of milk and an ice pack and put some chalk on the board.',
    // mixed-case abbreviations of the knowledge base ("ChILD") typed in lower case are words when they are words
    'My child is homozygous and I am heterozygous, the report said.',
    // capitals inside a word are an abbreviation only when the knowledge base has it ("sHED" is not "SHED" or "HED")
    'She wrote sHED on the form and sent it off with her iPhone.',
    // five- and six-letter English words one letter from a name stay words ("tutor"/"tumor", "beach"/"leach"),
    // and so do capitalized first names ("Sofia")
    'Her tutor took Sofia to the beach and gave her a scare.',
    // an everyday word a name writes in capitals is that name only in capitals ("THE syndrome", "HIS
    // deficiency", "LE syndrome")
    'We read about the syndrome online, and his deficiency worried us. Le syndrome, they said in French.',
    // a capitalized eponym inside a longer proper name, or a person's name, is no condition ("Cross syndrome",
    // "West syndrome", "Mass syndrome", "Oliver syndrome", "Robert syndrome")
    'Our son Oliver took swimming lessons with the Red Cross in West Virginia.',
    'My husband Robert says the doctors at Mass General were kind.',
    // "DOORS syndrome" is an acronym, not an eponym "Doors"
    'He kept slamming the Doors at school.',
    // the plural of an everyday word is no eponym in lower case (Pick's, Dent's, Cook's, Bean's disease)
    'He picks at the dents in the doors and cooks beans for us.',
    // "the pills" are any pills: only "the combined pill" and "the mini pill" name a contraceptive
    'I take the pills every morning with breakfast.',
  ];
  for (const text of ORDINARY) {
    void it(`finds no condition in an ordinary sentence: "${text}"`, () => {
      assert.deepEqual(foci(text), []);
    });
  }
});

void describe('name search', () => {
  void it('finds a condition by the start of a name', () => {
    const hits = u.lookupNames('parry romb', 5);
    assert.ok(
      hits.some((h) => h.conditionId === 'GARD:7338'),
      JSON.stringify(hits),
    );
  });
  void it('corrects a misspelled word', () => {
    // "duchene" is one edit from "duchenne"
    const hits = u.lookupNames('duchene muscular', 5);
    assert.ok(
      hits.some((h) => h.conditionId === 'GARD:6291'),
      JSON.stringify(hits),
    );
  });
  void it('ranks the exact name first and returns one hit per condition', () => {
    const hits = u.lookupNames('marfan syndrome', 10);
    assert.equal(hits[0]?.conditionId, 'GARD:6975');
    assert.equal(new Set(hits.map((h) => h.conditionId)).size, hits.length);
  });
  void it('finds nothing for an empty query', () => {
    assert.deepEqual(u.lookupNames('  ', 5), []);
  });
});
