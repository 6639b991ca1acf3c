/**
 * Everyday names of conditions that the knowledge base does not list among a condition's names,
 * with the name it files the condition under ("bone thinning" → Osteoporosis, "baby blues" →
 * Postpartum Depression). Most lay names are already synonyms in MedlinePlus and GARD ("pink eye",
 * "lazy eye", "hole in the heart"); these are common ones that were missing.
 *
 * Source of knowledge: the everyday names used in patient-education material and by patients
 * themselves, written for this project from that general knowledge, not from any test set. A pair
 * whose condition name the knowledge base does not hold is skipped (`layNameRows`). Unlike other
 * names made of everyday words ("Blood sugar", "Side effects"), these are matched: each one was
 * chosen because it names one condition.
 */
import type { NameRow } from '../store/types.js';
import { curatedNameRows } from './curated-names.js';

/**
 * Lay names that are adjectives ("diabetic"): they name the condition in a sentence but cannot stand for it
 * in a canonical question, which uses the condition's own name instead (`ADJECTIVE_NAMES`).
 */
const ADJECTIVE_LAY_NAMES: ReadonlyArray<readonly [layName: string, knowledgeBaseName: string]> = [
  ['celiac', 'celiac disease'],
  ['diabetic', 'Diabetes'],
  ['epileptic', 'Epilepsy'],
  ['asthmatic', 'Asthma'],
  ['anemic', 'Anemia'],
  ['autistic', 'Autism'],
  ['hypothyroid', 'Hypothyroidism'],
  ['hyperthyroid', 'Hyperthyroidism'],
  ['dyslexic', 'Dyslexia'],
];

/** The adjective lay names, for canonical questions to leave out. */
export const ADJECTIVE_NAMES: ReadonlySet<string> = new Set(ADJECTIVE_LAY_NAMES.map(([name]) => name));

export const LAY_NAMES: ReadonlyArray<readonly [layName: string, knowledgeBaseName: string]> = [
  // everyday descriptions of conditions, found with a list of 200 written apart from every test set
  ['a hypo', 'Hypoglycemia'],
  ['sugar diabetes', 'Diabetes'],
  ['clot on the lung', 'Pulmonary Embolism'],
  ['clot in the lung', 'Pulmonary Embolism'],
  ['clot on my lung', 'Pulmonary Embolism'],
  ['blood clot in the lung', 'Pulmonary Embolism'],
  ['the little blue pill', 'Sildenafil'],
  ['water on the lung', 'Pleural effusion'],
  ['water on the lungs', 'Pleural effusion'],
  ['black lung', 'Black lung disease'],
  ['popcorn lung', 'Bronchiolitis obliterans'],
  ['blue inhaler', 'Albuterol'],
  ['rescue inhaler', 'Albuterol'],
  ['winter vomiting bug', 'Norovirus Infections'],
  ['bleed on the brain', 'Intracerebral hemorrhage'],
  ['brain bleed', 'Intracerebral hemorrhage'],
  ['tooth grinding', 'Bruxism'],
  ['teeth grinding', 'Bruxism'],
  ['fever fits', 'Febrile seizures'],
  ['crystals in the ear', 'Benign positional vertigo'],
  ['colour blind', 'Color blindness'],
  ['color blind', 'Color blindness'],
  ['colour blindness', 'Color blindness'],
  ['river blindness', 'Onchocerciasis'],
  ['sticky eye', 'Conjunctivitis'],
  ['nits', 'Head lice'],
  ['zits', 'Acne'],
  ['wear and tear arthritis', 'Osteoarthritis'],
  ['curvature of the spine', 'Scoliosis'],
  ['water on the testicle', 'Hydrocele'],
  ['twisted testicle', 'Testicular torsion'],
  ['the change of life', 'Menopause'],
  ['dropped womb', 'Uterine prolapse'],
  ['prolapsed womb', 'Uterine prolapse'],
  ['the coil', 'Intrauterine devices (IUD)'],
  ['tired blood', 'Iron-Deficiency Anemia'],
  ['sticky blood', 'Antiphospholipid syndrome'],
  ['Celtic curse', 'Hemochromatosis'],
  ['the big C', 'Cancer'],
  ['winter blues', 'Seasonal Affective Disorder'],
  ['hair pulling', 'Trichotillomania'],
  ['travel sickness', 'Motion Sickness'],
  ['car sickness', 'Motion Sickness'],
  ['pouches in the bowel', 'Diverticular disease'],
  // bones, joints, muscles, back
  ["housemaid's knee", 'Bursitis'],
  ['leg cramps', 'Muscle Cramps'],
  ['bone thinning', 'Osteoporosis'],
  ['thinning bones', 'Osteoporosis'],
  ['thin bones', 'Osteoporosis'],
  ['bulging disk', 'Herniated Disk'],
  ['ruptured disk', 'Herniated Disk'],
  ['carpal tunnel', 'Carpal Tunnel Syndrome'],
  ['bow legs', 'Bowlegs'],
  ['bow legged', 'Bowlegs'],
  // digestion
  ['piles', 'Hemorrhoids'],
  ['irritable bowel', 'Irritable Bowel Syndrome'],
  ['stomach bug', 'Viral Gastroenteritis'],
  ['tummy bug', 'Viral Gastroenteritis'],
  ['bowel cancer', 'Colorectal Cancer'],
  ['acid reflux', 'GERD'],
  ['gastroesophageal reflux', 'GERD'],
  // heart and blood vessels, swelling
  ['Wolff-Parkinson-White', 'Wolff-Parkinson-White syndrome'],
  ['water retention', 'Edema'],
  ['swollen ankles', 'Foot, leg, and ankle swelling'],
  ['swollen feet', 'Foot, leg, and ankle swelling'],
  ['swollen legs', 'Foot, leg, and ankle swelling'],
  ['blood clot in the leg', 'Deep Vein Thrombosis'],
  ['blood clot in my leg', 'Deep Vein Thrombosis'],
  ['clot in the leg', 'Deep Vein Thrombosis'],
  ['clot in my leg', 'Deep Vein Thrombosis'],
  // blood
  ['iron deficiency', 'Iron-Deficiency Anemia'],
  ['sickle cell', 'Sickle cell anemia'],
  ['factor V Leiden', 'Factor V Leiden thrombophilia'],
  // genes and chromosomes: the syndrome named without its last word
  ['BRCA1', 'BRCA1 hereditary breast and ovarian cancer syndrome'],
  ['BRCA2', 'BRCA2 hereditary breast and ovarian cancer syndrome'],
  ['fragile X', 'Fragile X syndrome'],
  ['22q11.2 deletion', '22q11.2 deletion syndrome'],
  ['22q', '22q11.2 deletion syndrome'],
  ['22q11 deletion', '22q11.2 deletion syndrome'],
  ['22q11', '22q11.2 deletion syndrome'],
  ['cri du chat', 'Cri du chat syndrome'],
  ['cri-du-chat', 'Cri du chat syndrome'],
  // muscles: the dystrophy by its eponym alone ("my son has Duchenne", "Becker MD")
  ['Duchenne', 'Duchenne muscular dystrophy'],
  ['Becker', 'Becker muscular dystrophy'],
  ['Becker MD', 'Becker muscular dystrophy'],
  // the jaw joint's disorders by the joint's abbreviation, not the rare ankylosis that shares it
  ['TMJ', 'TMJ disorders'],
  // kidneys and bladder
  ['leaky bladder', 'Urinary Incontinence'],
  ["Bright's disease", 'Glomerulonephritis'],
  // eyes
  ['dry eyes', 'Dry Eye'],
  ['dry eye', 'Dry Eye'],
  ['stye', 'Stye'],
  // skin
  ['toenail fungus', 'Fungal nail infection'],
  ['nail fungus', 'Fungal nail infection'],
  ['floaters', 'Eye floaters'],
  ['cross eyed', 'Strabismus'],
  ['crossed eyes', 'Strabismus'],
  ['wandering eye', 'Strabismus'],
  // nerves and brain
  ['pins and needles', 'Paresthesia'],
  ['falling sickness', 'Epilepsy'],
  ['bipolar', 'Bipolar Disorder'],
  ['mad cow disease', 'Variant creutzfeldt-jakob disease'],
  ['tethered cord', 'Tethered Spinal Cord Syndrome'],
  // exposures, by the thing people were exposed to
  ['lead paint', 'Lead Poisoning'],
  ['carbon monoxide', 'Carbon Monoxide Poisoning'],
  ['poison ivy', 'Poison Ivy, Oak and Sumac'],
  ['poison oak', 'Poison Ivy, Oak and Sumac'],
  ['cigarettes', 'Smoking'],
  // transplants
  ['GVHD', 'graft-versus-host disease'],
  ['organ rejection', 'transplant rejection'],
  // infections
  // ("chest infection" is a MedQuAD synonym of mediastinitis; people mean a bronchitis)
  ['chest infection', 'Acute Bronchitis'],
  ['chest infections', 'Acute Bronchitis'],
  ['mono', 'Infectious Mononucleosis'],
  ['slapped cheek', 'Fifth Disease'],
  ['tb', 'Tuberculosis'],
  ['zika', 'Zika virus infection'],
  ['hep b', 'Hepatitis B'],
  ['hep c', 'Hepatitis C'],
  // "my thyroid" is the gland and its diseases, not MedlinePlus's drug Thyroid (desiccated thyroid)
  ['thyroid', 'Thyroid Diseases'],
  ['std', 'Sexually Transmitted Diseases'],
  ['thrush', 'Thrush - children and adults'],
  ['oral thrush', 'Thrush - children and adults'],
  ['crab lice', 'Pubic lice'],
  ['the clap', 'Gonorrhea'],
  ['water infection', 'Urinary Tract Infections'],
  ['urine infection', 'Urinary Tract Infections'],
  // pregnancy, babies, women's health
  ['combined pill', 'Birth control pills - combination'],
  ['the combined pill', 'Birth control pills - combination'],
  ['mini pill', 'Birth control pills - progestin only'],
  ['the mini pill', 'Birth control pills - progestin only'],
  ['colic', 'Colic and crying - self-care'],
  ['nappy rash', 'Diaper rash'],
  ['painful periods', 'Painful menstrual periods'],
  ['period pain', 'Painful menstrual periods'],
  ['period cramps', 'Painful menstrual periods'],
  ['heavy periods', 'Menorrhagia'],
  ['baby blues', 'Postpartum Depression'],
  ['cot death', 'Sudden infant death syndrome'],
  ['cleft lip', 'Cleft lip/palate'],
  ['womb cancer', 'Uterine Cancer'],
  // a condition named by its adjective ("I am diabetic", "my son is autistic")
  ...ADJECTIVE_LAY_NAMES,
  // supplements by the form people take them in
  ['iron tablets', 'Iron'],
  ['iron pills', 'Iron'],
  ['iron supplements', 'Iron'],
  ['fish oil', 'Omega-3 Fatty Acids'],
  ['fish oil pills', 'Omega-3 Fatty Acids'],
  ['omega-3', 'Omega-3 Fatty Acids'],
  ['omega 3', 'Omega-3 Fatty Acids'],
  ['CBD', 'Cannabidiol'],
  ['CBD oil', 'Cannabidiol'],
  ['glucosamine', 'Glucosamine sulfate'],
  // abbreviations with one everyday reading that rare diseases share (osteochondritis dissecans)
  ['OCD', 'Obsessive-Compulsive Disorder'],
  // abbreviations people use that the sources do not list (matched when written in capitals, or in the mixed
  // case shown)
  ['PH', 'Pulmonary Hypertension'],
  ['PAH', 'Pulmonary Hypertension'],
  ['PF', 'Pulmonary Fibrosis'],
  ['IPF', 'Pulmonary Fibrosis'],
  ['NF', 'Neurofibromatosis'],
  ['MND', 'Amyotrophic lateral sclerosis'],
  ['NAFLD', 'Fatty liver - nonalcoholic'],
  ['SSc', 'Systemic sclerosis'],
  ['EoE', 'Eosinophilic esophagitis'],
  ['LQTS', 'Long QT syndrome'],
  ['T2D', 'Type 2 diabetes'],
  ['CdLS', 'Cornelia de Lange syndrome'],
  ['aHUS', 'Atypical hemolytic-uremic syndrome'],
  ['vWD', 'Von Willebrand disease'],
  ['NMO', 'Neuromyelitis optica'],
  ['NMOSD', 'Neuromyelitis optica'],
  ['PTU', 'Propylthiouracil'],
  ['penicillin V', 'Penicillin V Potassium Oral'],
  // the types of Ehlers-Danlos syndrome as people name them, with their short forms
  ['hypermobile EDS', 'Ehlers-Danlos syndrome, hypermobile type'],
  ['hypermobile Ehlers-Danlos', 'Ehlers-Danlos syndrome, hypermobile type'],
  ['hypermobile Ehlers-Danlos syndrome', 'Ehlers-Danlos syndrome, hypermobile type'],
  ['hEDS', 'Ehlers-Danlos syndrome, hypermobile type'],
  ['vascular EDS', 'Ehlers-Danlos syndrome, vascular type'],
  ['vascular Ehlers-Danlos', 'Ehlers-Danlos syndrome, vascular type'],
  ['vascular Ehlers-Danlos syndrome', 'Ehlers-Danlos syndrome, vascular type'],
  ['vEDS', 'Ehlers-Danlos syndrome, vascular type'],
  ['classical EDS', 'Ehlers-Danlos syndrome, classic type'],
  ['classic EDS', 'Ehlers-Danlos syndrome, classic type'],
  ['classical Ehlers-Danlos', 'Ehlers-Danlos syndrome, classic type'],
  ['cEDS', 'Ehlers-Danlos syndrome, classic type'],
  // treatments people ask about by their short names
  ['chemo', 'Chemotherapy'],
  ['radiotherapy', 'Radiation Therapy'],
  // misspellings of short names, which the spelling matcher leaves alone (one-word names of under seven
  // letters are never corrected, so that ordinary words are not taken for names)
  ['excema', 'Eczema'],
  ['exzema', 'Eczema'],
  ['eczma', 'Eczema'],
  ['ecsema', 'Eczema'],
  ['asma', 'Asthma'],
  ['athsma', 'Asthma'],
  ['asthama', 'Asthma'],
  ['astma', 'Asthma'],
];

/** Of two conditions with the same name: the one with more articles, then the one it is the preferred name of. */
function isBetter(a: NameRow, b: NameRow): boolean {
  if (a.articleCount !== b.articleCount) return a.articleCount > b.articleCount;
  return a.kind === 'preferred' && b.kind !== 'preferred';
}

/**
 * Name rows for the lay names whose condition the knowledge base holds: each joins the names of the
 * condition that has `knowledgeBaseName` (the one with the most articles when several have it).
 */
export function layNameRows(rows: readonly NameRow[]): NameRow[] {
  // The names are written as the knowledge base writes them, so comparing in lower case finds them
  // without tokenizing every name.
  const wanted = new Set(LAY_NAMES.map(([, name]) => name.toLowerCase()));
  return curatedNameRows(rows, LAY_NAMES, (row) => wanted.has(row.name.toLowerCase()), isBetter);
}
