/**
 * Our sets of free-form consumer messages, by name, with the flag that picks each in
 * `score-messages.ts` (consumer is the default). See each file for how and when its messages were written.
 */
import { ABROAD_MESSAGES } from './abroad-messages.js';
import { BACKGROUND_MESSAGES } from './background-messages.js';
import { CAREGIVER_MESSAGES } from './caregiver-messages.js';
import { CONSUMER_MESSAGES, type ConsumerMessage } from './consumer-messages.js';
import { DESK_MESSAGES } from './desk-messages.js';
import { DRUG_MESSAGES } from './drug-messages.js';
import { ELDERLY_MESSAGES } from './elderly-messages.js';
import { EVERYDAY_MESSAGES } from './everyday-messages.js';
import { FORUM_MESSAGES } from './forum-messages.js';
import { FINAL_MESSAGES } from './final-messages.js';
import { FINAL2_MESSAGES } from './final2-messages.js';
import { FINAL3_MESSAGES } from './final3-messages.js';
import { FINAL4_MESSAGES } from './final4-messages.js';
import { HELD_OUT_MESSAGES } from './held-out-messages.js';
import { LEARNERS_MESSAGES } from './learners-messages.js';
import { MESSY_MESSAGES } from './messy-messages.js';
import { MULTI_MESSAGES } from './multi-messages.js';
import { NARRATIVE_MESSAGES } from './narrative-messages.js';
import { PROFESSIONALS_MESSAGES } from './professionals-messages.js';
import { RARE_MESSAGES } from './rare-messages.js';
import { RUNON_MESSAGES } from './runon-messages.js';
import { SHORT_MESSAGES } from './short-messages.js';
import { SUSPICION_MESSAGES } from './suspicion-messages.js';
import { TELEGRAPHIC_MESSAGES } from './telegraphic-messages.js';
import { VETERANS_MESSAGES } from './veterans-messages.js';
import { WEBFORM_MESSAGES } from './webform-messages.js';
import { SCHOOL_MESSAGES } from './school-messages.js';
import { WORK_MESSAGES } from './work-messages.js';
import { NEWBORN_MESSAGES } from './newborn-messages.js';
import { COMORBID_MESSAGES } from './comorbid-messages.js';
import { FINAL6_MESSAGES } from './final6-messages.js';
import { ORPHAN_MESSAGES } from './orphan-messages.js';
import { SIGNS_MESSAGES } from './signs-messages.js';
import { EMAILS_MESSAGES } from './emails-messages.js';
import { QUERIES_MESSAGES } from './queries-messages.js';
import { CHOICES_MESSAGES } from './choices-messages.js';
import { RELATIVES_MESSAGES } from './relatives-messages.js';
import { TEENS_MESSAGES } from './teens-messages.js';
import { NAMES_MESSAGES } from './names-messages.js';
import { PREGNANCY_MESSAGES } from './pregnancy-messages.js';
import { COPING_MESSAGES } from './coping-messages.js';
import { FINAL5_MESSAGES } from './final5-messages.js';
import { FOLLOWUP_MESSAGES } from './followup-messages.js';
import { FINAL7_MESSAGES } from './final7-messages.js';
import { VOICE_MESSAGES } from './voice-messages.js';
import { COMMON_MESSAGES } from './common-messages.js';
import { MEDICINES_MESSAGES } from './medicines-messages.js';
import { LABS_MESSAGES } from './labs-messages.js';
import { PHARMACY_MESSAGES } from './pharmacy-messages.js';
import { MENTAL_MESSAGES } from './mental-messages.js';
import { INFECTIONS_MESSAGES } from './infections-messages.js';
import { CANCER_MESSAGES } from './cancer-messages.js';
import { SUPPLEMENTS_MESSAGES } from './supplements-messages.js';
import { NEURO_MESSAGES } from './neuro-messages.js';
import { SKIN_MESSAGES } from './skin-messages.js';
import { INTIMATE_MESSAGES } from './intimate-messages.js';
import { GENETICS_MESSAGES } from './genetics-messages.js';
import { TRANSLATED_MESSAGES } from './translated-messages.js';
import { HEART_MESSAGES } from './heart-messages.js';
import { GUT_MESSAGES } from './gut-messages.js';
import { BONES_MESSAGES } from './bones-messages.js';
import { FINAL8_MESSAGES } from './final8-messages.js';
import { FINAL9_MESSAGES } from './final9-messages.js';
import { FINAL10_MESSAGES } from './final10-messages.js';
import { LIBRARY_MESSAGES } from './library-messages.js';
import { LINKS_MESSAGES } from './links-messages.js';
import { FINAL11_MESSAGES } from './final11-messages.js';
import { PRODUCTS_MESSAGES } from './products-messages.js';
import { FINAL12_MESSAGES } from './final12-messages.js';
import { FINAL13_MESSAGES } from './final13-messages.js';
import { EXPOSURES_MESSAGES } from './exposures-messages.js';
import { STORIES_MESSAGES } from './stories-messages.js';
import { FINAL14_MESSAGES } from './final14-messages.js';
import { REQUESTS_MESSAGES } from './requests-messages.js';
import { CONTINUATIONS_MESSAGES } from './continuations-messages.js';
import { SUBJECTS_MESSAGES } from './subjects-messages.js';
import { FINAL15_MESSAGES } from './final15-messages.js';
import { DAILYLIFE_MESSAGES } from './dailylife-messages.js';
import { COMPLAINTS_MESSAGES } from './complaints-messages.js';
import { FINAL16_MESSAGES } from './final16-messages.js';
import { CLAIMS_MESSAGES } from './claims-messages.js';
import { TRANSITIONS_MESSAGES } from './transitions-messages.js';
import { URGENT_MESSAGES } from './urgent-messages.js';
import { FINAL17_MESSAGES } from './final17-messages.js';
import { COMPARE_MESSAGES } from './compare-messages.js';
import { PRACTICAL_MESSAGES } from './practical-messages.js';
import { CHAT_MESSAGES } from './chat-messages.js';
import { CONFLICTING_MESSAGES } from './conflicting-messages.js';
import { NUMBERS_MESSAGES } from './numbers-messages.js';
import { SURGERY_MESSAGES } from './surgery-messages.js';
import { VACCINES_MESSAGES } from './vaccines-messages.js';
import { FINAL18_MESSAGES } from './final18-messages.js';
import { FINAL19_MESSAGES } from './final19-messages.js';
import { PAIN_MESSAGES } from './pain-messages.js';
import { HORMONES_MESSAGES } from './hormones-messages.js';
import { BLOOD_MESSAGES } from './blood-messages.js';
import { KIDNEYS_MESSAGES } from './kidneys-messages.js';
import { EYES_MESSAGES } from './eyes-messages.js';
import { PARTNERS_MESSAGES } from './partners-messages.js';
import { JARGON_MESSAGES } from './jargon-messages.js';
import { FINAL20_MESSAGES } from './final20-messages.js';
import { FINAL21_MESSAGES } from './final21-messages.js';
import { MUSCLES_MESSAGES } from './muscles-messages.js';
import { LUNGS_MESSAGES } from './lungs-messages.js';
import { DEVELOPMENT_MESSAGES } from './development-messages.js';
import { IMMUNE_MESSAGES } from './immune-messages.js';
import { MOUTH_MESSAGES } from './mouth-messages.js';
import { METABOLIC_MESSAGES } from './metabolic-messages.js';
import { MEN_MESSAGES } from './men-messages.js';
import { SLEEP_MESSAGES } from './sleep-messages.js';
import { WOMEN_MESSAGES } from './women-messages.js';
import { TRANSPLANT_MESSAGES } from './transplant-messages.js';
import { LIVER_MESSAGES } from './liver-messages.js';
import { HEARING_MESSAGES } from './hearing-messages.js';
import { RARECANCER_MESSAGES } from './rarecancer-messages.js';
import { ALLERGY_MESSAGES } from './allergy-messages.js';
import { FINAL22_MESSAGES } from './final22-messages.js';
import { FINAL23_MESSAGES } from './final23-messages.js';
import { VESSELS_MESSAGES } from './vessels-messages.js';
import { MEMORY_MESSAGES } from './memory-messages.js';
import { BLADDER_MESSAGES } from './bladder-messages.js';
import { FERTILITY_MESSAGES } from './fertility-messages.js';
import { JOINTS_MESSAGES } from './joints-messages.js';
import { THROAT_MESSAGES } from './throat-messages.js';
import { LISTS_MESSAGES } from './lists-messages.js';
import { GENERICS_MESSAGES } from './generics-messages.js';
import { REPLIES_MESSAGES } from './replies-messages.js';
import { SYNDROMES_MESSAGES } from './syndromes-messages.js';
import { NUTRITION_MESSAGES } from './nutrition-messages.js';
import { TRAVEL_MESSAGES } from './travel-messages.js';
import { SPORTS_MESSAGES } from './sports-messages.js';
import { OLDNAMES_MESSAGES } from './oldnames-messages.js';
import { FINAL24_MESSAGES } from './final24-messages.js';
import { POSTS_MESSAGES } from './posts-messages.js';
import { SENIORS_MESSAGES } from './seniors-messages.js';
import { FINAL25_MESSAGES } from './final25-messages.js';
import { STROKE_MESSAGES } from './stroke-messages.js';
import { BEREAVED_MESSAGES } from './bereaved-messages.js';
import { DISABILITY_MESSAGES } from './disability-messages.js';
import { ADOPTION_MESSAGES } from './adoption-messages.js';
import { STUDENTS_MESSAGES } from './students-messages.js';
import { DOUBTS_MESSAGES } from './doubts-messages.js';
import { SIBLINGS_MESSAGES } from './siblings-messages.js';
import { GRANDPARENTS_MESSAGES } from './grandparents-messages.js';
import { ACCESS_MESSAGES } from './access-messages.js';
import { LETTERS_MESSAGES } from './letters-messages.js';
import { GENES_MESSAGES } from './genes-messages.js';
import { HOBBIES_MESSAGES } from './hobbies-messages.js';
import { WORRIED_MESSAGES } from './worried-messages.js';
import { KIDS_MESSAGES } from './kids-messages.js';
import { ABBREVIATED_MESSAGES } from './abbreviated-messages.js';
import { SURVIVORS_MESSAGES } from './survivors-messages.js';
import { PETS_MESSAGES } from './pets-messages.js';
import { NURSES_MESSAGES } from './nurses-messages.js';
import { FINAL26_MESSAGES } from './final26-messages.js';
import { FINAL27_MESSAGES } from './final27-messages.js';
import { MOVEMENT_MESSAGES } from './movement-messages.js';
import { HAIR_MESSAGES } from './hair-messages.js';
import { SEASONS_MESSAGES } from './seasons-messages.js';
import { ANCESTRY_MESSAGES } from './ancestry-messages.js';
import { FASTING_MESSAGES } from './fasting-messages.js';
import { DRINKS_MESSAGES } from './drinks-messages.js';
import { DOSES_MESSAGES } from './doses-messages.js';
import { FINAL28_MESSAGES } from './final28-messages.js';
import { IMAGING_MESSAGES } from './imaging-messages.js';
import { FATHERS_MESSAGES } from './fathers-messages.js';
import { TWINS_MESSAGES } from './twins-messages.js';
import { INFUSIONS_MESSAGES } from './infusions-messages.js';
import { OTC_MESSAGES } from './otc-messages.js';
import { CONTRACEPTION_MESSAGES } from './contraception-messages.js';
import { WEIGHT_MESSAGES } from './weight-messages.js';
import { FINAL29_MESSAGES } from './final29-messages.js';
import { BREASTFEEDING_MESSAGES } from './breastfeeding-messages.js';
import { INJURIES_MESSAGES } from './injuries-messages.js';
import { HOSPITAL_MESSAGES } from './hospital-messages.js';
import { TRIALS_MESSAGES } from './trials-messages.js';
import { CHECKUPS_MESSAGES } from './checkups-messages.js';
import { COUSINS_MESSAGES } from './cousins-messages.js';
import { COMPLEMENTARY_MESSAGES } from './complementary-messages.js';
import { DIAGNOSED_MESSAGES } from './diagnosed-messages.js';
import { PALLIATIVE_MESSAGES } from './palliative-messages.js';
import { SPEECH_MESSAGES } from './speech-messages.js';
import { DRIVING_MESSAGES } from './driving-messages.js';
import { COSMETIC_MESSAGES } from './cosmetic-messages.js';
import { PUBERTY_MESSAGES } from './puberty-messages.js';
import { LATEDIAGNOSIS_MESSAGES } from './latediagnosis-messages.js';
import { OUTDOORS_MESSAGES } from './outdoors-messages.js';
import { TRANSGENDER_MESSAGES } from './transgender-messages.js';
import { LOWRESOURCE_MESSAGES } from './lowresource-messages.js';
import { DEVICES_MESSAGES } from './devices-messages.js';
import { MISSPELLINGS_MESSAGES } from './misspellings-messages.js';
import { TEACHERS_MESSAGES } from './teachers-messages.js';
import { WEDDINGS_MESSAGES } from './weddings-messages.js';
import { MISCARRIAGE_MESSAGES } from './miscarriage-messages.js';
import { CAREPLANS_MESSAGES } from './careplans-messages.js';
import { MENOPAUSE_MESSAGES } from './menopause-messages.js';
import { FATIGUE_MESSAGES } from './fatigue-messages.js';
import { FORMULATIONS_MESSAGES } from './formulations-messages.js';
import { ONLINE_MESSAGES } from './online-messages.js';
import { OPIOIDS_MESSAGES } from './opioids-messages.js';
import { SCREENS_MESSAGES } from './screens-messages.js';
import { REACTIONS_MESSAGES } from './reactions-messages.js';
import { NEXTBABY_MESSAGES } from './nextbaby-messages.js';
import { DENTAL_MESSAGES } from './dental-messages.js';
import { GPVISIT_MESSAGES } from './gpvisit-messages.js';
import { ETHNICITY_MESSAGES } from './ethnicity-messages.js';
import { ADULTCHILDREN_MESSAGES } from './adultchildren-messages.js';
import { POLYPHARMACY_MESSAGES } from './polypharmacy-messages.js';
import { HOWCOMMON_MESSAGES } from './howcommon-messages.js';
import { FINAL30_MESSAGES } from './final30-messages.js';
import { FINAL31_MESSAGES } from './final31-messages.js';
import { FINAL32_MESSAGES } from './final32-messages.js';
import { GROWTH_MESSAGES } from './growth-messages.js';
import { BEHAVIOR_MESSAGES } from './behavior-messages.js';
import { FEEDING_MESSAGES } from './feeding-messages.js';
import { ANESTHESIA_MESSAGES } from './anesthesia-messages.js';
import { STEROIDS_MESSAGES } from './steroids-messages.js';
import { EPILEPSY_MESSAGES } from './epilepsy-messages.js';
import { GENETHERAPY_MESSAGES } from './genetherapy-messages.js';
import { ANTIBIOTICS_MESSAGES } from './antibiotics-messages.js';
import { HEADACHES_MESSAGES } from './headaches-messages.js';
import { DONATION_MESSAGES } from './donation-messages.js';
import { CAREHOMES_MESSAGES } from './carehomes-messages.js';
import { RESULTS_MESSAGES } from './results-messages.js';
import { ANTICOAGULANTS_MESSAGES } from './anticoagulants-messages.js';
import { BIOLOGICS_MESSAGES } from './biologics-messages.js';
import { FINAL33_MESSAGES } from './final33-messages.js';
import { PERIODS_MESSAGES } from './periods-messages.js';
import { MITO_MESSAGES } from './mito-messages.js';
import { CONNECTIVE_MESSAGES } from './connective-messages.js';
import { STIMULANTS_MESSAGES } from './stimulants-messages.js';
import { APPOINTMENTS_MESSAGES } from './appointments-messages.js';
import { MOBILITY_MESSAGES } from './mobility-messages.js';
import { DIABETES_MESSAGES } from './diabetes-messages.js';
import { SPINE_MESSAGES } from './spine-messages.js';
import { BRAIN_MESSAGES } from './brain-messages.js';
import { CHROMOSOMES_MESSAGES } from './chromosomes-messages.js';
import { FEVERS_MESSAGES } from './fevers-messages.js';
import { NERVES_MESSAGES } from './nerves-messages.js';
import { BLEEDING_MESSAGES } from './bleeding-messages.js';
import { AUTOIMMUNE_MESSAGES } from './autoimmune-messages.js';
import { RHYTHM_MESSAGES } from './rhythm-messages.js';
import { ANTIBODIES_MESSAGES } from './antibodies-messages.js';
import { SKELETAL_MESSAGES } from './skeletal-messages.js';
import { LYSOSOMAL_MESSAGES } from './lysosomal-messages.js';
import { CANCERRISK_MESSAGES } from './cancerrisk-messages.js';
import { ENDOCRINE_MESSAGES } from './endocrine-messages.js';
import { GENEKIDNEY_MESSAGES } from './genekidney-messages.js';
import { FINAL34_MESSAGES } from './final34-messages.js';
import { FINAL35_MESSAGES } from './final35-messages.js';
import { FINAL36_MESSAGES } from './final36-messages.js';
import { FINAL37_MESSAGES } from './final37-messages.js';
import { SECONDOPINION_MESSAGES } from './secondopinion-messages.js';
import { EMERGENCIES_MESSAGES } from './emergencies-messages.js';
import { ORPHANDRUGS_MESSAGES } from './orphandrugs-messages.js';
import { CARRIERS_MESSAGES } from './carriers-messages.js';
import { NEWSMEDIA_MESSAGES } from './newsmedia-messages.js';
import { PRENATAL_MESSAGES } from './prenatal-messages.js';
import { GENESYMBOLS_MESSAGES } from './genesymbols-messages.js';
import { TYPOS_MESSAGES } from './typos-messages.js';
import { STATEMENTS_MESSAGES } from './statements-messages.js';
import { COSTS_MESSAGES } from './costs-messages.js';
import { INHERITEDHEART_MESSAGES } from './inheritedheart-messages.js';
import { MANYQUESTIONS_MESSAGES } from './manyquestions-messages.js';
import { ULTRARARE_MESSAGES } from './ultrarare-messages.js';
import { COVID_MESSAGES } from './covid-messages.js';
import { ORGANIZATIONS_MESSAGES } from './organizations-messages.js';
import { DIALECTS_MESSAGES } from './dialects-messages.js';
import { FINAL38_MESSAGES } from './final38-messages.js';
import { FINAL39_MESSAGES } from './final39-messages.js';
import { FINAL40_MESSAGES } from './final40-messages.js';
import { ODYSSEY_MESSAGES } from './odyssey-messages.js';
import { TUMORSYNDROMES_MESSAGES } from './tumorsyndromes-messages.js';
import { SOCIALWORKERS_MESSAGES } from './socialworkers-messages.js';
import { CODESWITCH_MESSAGES } from './codeswitch-messages.js';
import { NEUROMUSCULAR_MESSAGES } from './neuromuscular-messages.js';
import { PRONOUNS_MESSAGES } from './pronouns-messages.js';
import { AGING_MESSAGES } from './aging-messages.js';
import { PREGNANCYMEDS_MESSAGES } from './pregnancymeds-messages.js';
import { STONES_MESSAGES } from './stones-messages.js';
import { MARROWFAILURE_MESSAGES } from './marrowfailure-messages.js';
import { CRANIOFACIAL_MESSAGES } from './craniofacial-messages.js';
import { AUTONOMIC_MESSAGES } from './autonomic-messages.js';
import { DSD_MESSAGES } from './dsd-messages.js';
import { WHATIF_MESSAGES } from './whatif-messages.js';
import { FINAL41_MESSAGES } from './final41-messages.js';
import { FINAL42_MESSAGES } from './final42-messages.js';
import { LIVERRARE_MESSAGES } from './liverrare-messages.js';
import { EYESRARE_MESSAGES } from './eyesrare-messages.js';
import { SKINRARE_MESSAGES } from './skinrare-messages.js';
import { IMMUNODEFICIENCY_MESSAGES } from './immunodeficiency-messages.js';
import { ADULTSRARE_MESSAGES } from './adultsrare-messages.js';
import { PARENTSNEW_MESSAGES } from './parentsnew-messages.js';
import { FINAL43_MESSAGES } from './final43-messages.js';
import { FINAL44_MESSAGES } from './final44-messages.js';
export const MESSAGE_SETS: ReadonlyArray<{ name: string; flag: string; messages: ConsumerMessage[] }> = [
  { name: 'consumer', flag: '--consumer', messages: CONSUMER_MESSAGES },
  { name: 'held-out', flag: '--held-out', messages: HELD_OUT_MESSAGES },
  { name: 'messy', flag: '--messy', messages: MESSY_MESSAGES },
  { name: 'desk', flag: '--desk', messages: DESK_MESSAGES },
  { name: 'run-on', flag: '--runon', messages: RUNON_MESSAGES },
  { name: 'multi', flag: '--multi', messages: MULTI_MESSAGES },
  { name: 'final', flag: '--final', messages: FINAL_MESSAGES },
  { name: 'background', flag: '--background', messages: BACKGROUND_MESSAGES },
  { name: 'rare', flag: '--rare', messages: RARE_MESSAGES },
  { name: 'short', flag: '--short', messages: SHORT_MESSAGES },
  { name: 'drugs', flag: '--drugs', messages: DRUG_MESSAGES },
  { name: 'final2', flag: '--final2', messages: FINAL2_MESSAGES },
  { name: 'everyday', flag: '--everyday', messages: EVERYDAY_MESSAGES },
  { name: 'caregiver', flag: '--caregiver', messages: CAREGIVER_MESSAGES },
  { name: 'abroad', flag: '--abroad', messages: ABROAD_MESSAGES },
  { name: 'learners', flag: '--learners', messages: LEARNERS_MESSAGES },
  { name: 'final3', flag: '--final3', messages: FINAL3_MESSAGES },
  { name: 'forum', flag: '--forum', messages: FORUM_MESSAGES },
  { name: 'veterans', flag: '--veterans', messages: VETERANS_MESSAGES },
  { name: 'telegraphic', flag: '--telegraphic', messages: TELEGRAPHIC_MESSAGES },
  { name: 'professionals', flag: '--professionals', messages: PROFESSIONALS_MESSAGES },
  { name: 'elderly', flag: '--elderly', messages: ELDERLY_MESSAGES },
  { name: 'final4', flag: '--final4', messages: FINAL4_MESSAGES },
  { name: 'webform', flag: '--webform', messages: WEBFORM_MESSAGES },
  { name: 'narrative', flag: '--narrative', messages: NARRATIVE_MESSAGES },
  { name: 'suspicion', flag: '--suspicion', messages: SUSPICION_MESSAGES },
  { name: 'followup', flag: '--followup', messages: FOLLOWUP_MESSAGES },
  { name: 'final5', flag: '--final5', messages: FINAL5_MESSAGES },
  { name: 'coping', flag: '--coping', messages: COPING_MESSAGES },
  { name: 'pregnancy', flag: '--pregnancy', messages: PREGNANCY_MESSAGES },
  { name: 'names', flag: '--names', messages: NAMES_MESSAGES },
  { name: 'teens', flag: '--teens', messages: TEENS_MESSAGES },
  { name: 'relatives', flag: '--relatives', messages: RELATIVES_MESSAGES },
  { name: 'choices', flag: '--choices', messages: CHOICES_MESSAGES },
  { name: 'queries', flag: '--queries', messages: QUERIES_MESSAGES },
  { name: 'emails', flag: '--emails', messages: EMAILS_MESSAGES },
  { name: 'signs', flag: '--signs', messages: SIGNS_MESSAGES },
  { name: 'orphan', flag: '--orphan', messages: ORPHAN_MESSAGES },
  { name: 'final6', flag: '--final6', messages: FINAL6_MESSAGES },
  { name: 'comorbid', flag: '--comorbid', messages: COMORBID_MESSAGES },
  { name: 'newborn', flag: '--newborn', messages: NEWBORN_MESSAGES },
  { name: 'work', flag: '--work', messages: WORK_MESSAGES },
  { name: 'school', flag: '--school', messages: SCHOOL_MESSAGES },
  { name: 'final7', flag: '--final7', messages: FINAL7_MESSAGES },
  { name: 'voice', flag: '--voice', messages: VOICE_MESSAGES },
  { name: 'common', flag: '--common', messages: COMMON_MESSAGES },
  { name: 'medicines', flag: '--medicines', messages: MEDICINES_MESSAGES },
  { name: 'labs', flag: '--labs', messages: LABS_MESSAGES },
  { name: 'pharmacy', flag: '--pharmacy', messages: PHARMACY_MESSAGES },
  { name: 'mental', flag: '--mental', messages: MENTAL_MESSAGES },
  { name: 'infections', flag: '--infections', messages: INFECTIONS_MESSAGES },
  { name: 'cancer', flag: '--cancer', messages: CANCER_MESSAGES },
  { name: 'supplements', flag: '--supplements', messages: SUPPLEMENTS_MESSAGES },
  { name: 'neuro', flag: '--neuro', messages: NEURO_MESSAGES },
  { name: 'skin', flag: '--skin', messages: SKIN_MESSAGES },
  { name: 'intimate', flag: '--intimate', messages: INTIMATE_MESSAGES },
  { name: 'genetics', flag: '--genetics', messages: GENETICS_MESSAGES },
  { name: 'translated', flag: '--translated', messages: TRANSLATED_MESSAGES },
  { name: 'heart', flag: '--heart', messages: HEART_MESSAGES },
  { name: 'gut', flag: '--gut', messages: GUT_MESSAGES },
  { name: 'bones', flag: '--bones', messages: BONES_MESSAGES },
  { name: 'final8', flag: '--final8', messages: FINAL8_MESSAGES },
  { name: 'final9', flag: '--final9', messages: FINAL9_MESSAGES },
  { name: 'final10', flag: '--final10', messages: FINAL10_MESSAGES },
  { name: 'library', flag: '--library', messages: LIBRARY_MESSAGES },
  { name: 'links', flag: '--links', messages: LINKS_MESSAGES },
  { name: 'final11', flag: '--final11', messages: FINAL11_MESSAGES },
  { name: 'products', flag: '--products', messages: PRODUCTS_MESSAGES },
  { name: 'final12', flag: '--final12', messages: FINAL12_MESSAGES },
  { name: 'final13', flag: '--final13', messages: FINAL13_MESSAGES },
  { name: 'exposures', flag: '--exposures', messages: EXPOSURES_MESSAGES },
  { name: 'stories', flag: '--stories', messages: STORIES_MESSAGES },
  { name: 'final14', flag: '--final14', messages: FINAL14_MESSAGES },
  { name: 'requests', flag: '--requests', messages: REQUESTS_MESSAGES },
  { name: 'continuations', flag: '--continuations', messages: CONTINUATIONS_MESSAGES },
  { name: 'subjects', flag: '--subjects', messages: SUBJECTS_MESSAGES },
  { name: 'final15', flag: '--final15', messages: FINAL15_MESSAGES },
  { name: 'dailylife', flag: '--dailylife', messages: DAILYLIFE_MESSAGES },
  { name: 'complaints', flag: '--complaints', messages: COMPLAINTS_MESSAGES },
  { name: 'final16', flag: '--final16', messages: FINAL16_MESSAGES },
  { name: 'claims', flag: '--claims', messages: CLAIMS_MESSAGES },
  { name: 'transitions', flag: '--transitions', messages: TRANSITIONS_MESSAGES },
  { name: 'urgent', flag: '--urgent', messages: URGENT_MESSAGES },
  { name: 'final17', flag: '--final17', messages: FINAL17_MESSAGES },
  { name: 'compare', flag: '--compare', messages: COMPARE_MESSAGES },
  { name: 'practical', flag: '--practical', messages: PRACTICAL_MESSAGES },
  { name: 'chat', flag: '--chat', messages: CHAT_MESSAGES },
  { name: 'conflicting', flag: '--conflicting', messages: CONFLICTING_MESSAGES },
  { name: 'numbers', flag: '--numbers', messages: NUMBERS_MESSAGES },
  { name: 'surgery', flag: '--surgery', messages: SURGERY_MESSAGES },
  { name: 'vaccines', flag: '--vaccines', messages: VACCINES_MESSAGES },
  { name: 'final18', flag: '--final18', messages: FINAL18_MESSAGES },
  { name: 'final19', flag: '--final19', messages: FINAL19_MESSAGES },
  { name: 'pain', flag: '--pain', messages: PAIN_MESSAGES },
  { name: 'hormones', flag: '--hormones', messages: HORMONES_MESSAGES },
  { name: 'blood', flag: '--blood', messages: BLOOD_MESSAGES },
  { name: 'kidneys', flag: '--kidneys', messages: KIDNEYS_MESSAGES },
  { name: 'eyes', flag: '--eyes', messages: EYES_MESSAGES },
  { name: 'partners', flag: '--partners', messages: PARTNERS_MESSAGES },
  { name: 'jargon', flag: '--jargon', messages: JARGON_MESSAGES },
  { name: 'final20', flag: '--final20', messages: FINAL20_MESSAGES },
  { name: 'final21', flag: '--final21', messages: FINAL21_MESSAGES },
  { name: 'muscles', flag: '--muscles', messages: MUSCLES_MESSAGES },
  { name: 'lungs', flag: '--lungs', messages: LUNGS_MESSAGES },
  { name: 'development', flag: '--development', messages: DEVELOPMENT_MESSAGES },
  { name: 'immune', flag: '--immune', messages: IMMUNE_MESSAGES },
  { name: 'mouth', flag: '--mouth', messages: MOUTH_MESSAGES },
  { name: 'metabolic', flag: '--metabolic', messages: METABOLIC_MESSAGES },
  { name: 'men', flag: '--men', messages: MEN_MESSAGES },
  { name: 'sleep', flag: '--sleep', messages: SLEEP_MESSAGES },
  { name: 'women', flag: '--women', messages: WOMEN_MESSAGES },
  { name: 'transplant', flag: '--transplant', messages: TRANSPLANT_MESSAGES },
  { name: 'liver', flag: '--liver', messages: LIVER_MESSAGES },
  { name: 'hearing', flag: '--hearing', messages: HEARING_MESSAGES },
  { name: 'rarecancer', flag: '--rarecancer', messages: RARECANCER_MESSAGES },
  { name: 'allergy', flag: '--allergy', messages: ALLERGY_MESSAGES },
  { name: 'final22', flag: '--final22', messages: FINAL22_MESSAGES },
  { name: 'final23', flag: '--final23', messages: FINAL23_MESSAGES },
  { name: 'vessels', flag: '--vessels', messages: VESSELS_MESSAGES },
  { name: 'memory', flag: '--memory', messages: MEMORY_MESSAGES },
  { name: 'bladder', flag: '--bladder', messages: BLADDER_MESSAGES },
  { name: 'fertility', flag: '--fertility', messages: FERTILITY_MESSAGES },
  { name: 'joints', flag: '--joints', messages: JOINTS_MESSAGES },
  { name: 'throat', flag: '--throat', messages: THROAT_MESSAGES },
  { name: 'lists', flag: '--lists', messages: LISTS_MESSAGES },
  { name: 'generics', flag: '--generics', messages: GENERICS_MESSAGES },
  { name: 'replies', flag: '--replies', messages: REPLIES_MESSAGES },
  { name: 'syndromes', flag: '--syndromes', messages: SYNDROMES_MESSAGES },
  { name: 'nutrition', flag: '--nutrition', messages: NUTRITION_MESSAGES },
  { name: 'travel', flag: '--travel', messages: TRAVEL_MESSAGES },
  { name: 'sports', flag: '--sports', messages: SPORTS_MESSAGES },
  { name: 'oldnames', flag: '--oldnames', messages: OLDNAMES_MESSAGES },
  { name: 'final24', flag: '--final24', messages: FINAL24_MESSAGES },
  { name: 'posts', flag: '--posts', messages: POSTS_MESSAGES },
  { name: 'seniors', flag: '--seniors', messages: SENIORS_MESSAGES },
  { name: 'final25', flag: '--final25', messages: FINAL25_MESSAGES },
  { name: 'stroke', flag: '--stroke', messages: STROKE_MESSAGES },
  { name: 'bereaved', flag: '--bereaved', messages: BEREAVED_MESSAGES },
  { name: 'disability', flag: '--disability', messages: DISABILITY_MESSAGES },
  { name: 'adoption', flag: '--adoption', messages: ADOPTION_MESSAGES },
  { name: 'students', flag: '--students', messages: STUDENTS_MESSAGES },
  { name: 'doubts', flag: '--doubts', messages: DOUBTS_MESSAGES },
  { name: 'siblings', flag: '--siblings', messages: SIBLINGS_MESSAGES },
  { name: 'grandparents', flag: '--grandparents', messages: GRANDPARENTS_MESSAGES },
  { name: 'access', flag: '--access', messages: ACCESS_MESSAGES },
  { name: 'letters', flag: '--letters', messages: LETTERS_MESSAGES },
  { name: 'genes', flag: '--genes', messages: GENES_MESSAGES },
  { name: 'hobbies', flag: '--hobbies', messages: HOBBIES_MESSAGES },
  { name: 'worried', flag: '--worried', messages: WORRIED_MESSAGES },
  { name: 'kids', flag: '--kids', messages: KIDS_MESSAGES },
  { name: 'abbreviated', flag: '--abbreviated', messages: ABBREVIATED_MESSAGES },
  { name: 'survivors', flag: '--survivors', messages: SURVIVORS_MESSAGES },
  { name: 'pets', flag: '--pets', messages: PETS_MESSAGES },
  { name: 'nurses', flag: '--nurses', messages: NURSES_MESSAGES },
  { name: 'final26', flag: '--final26', messages: FINAL26_MESSAGES },
  { name: 'final27', flag: '--final27', messages: FINAL27_MESSAGES },
  { name: 'movement', flag: '--movement', messages: MOVEMENT_MESSAGES },
  { name: 'hair', flag: '--hair', messages: HAIR_MESSAGES },
  { name: 'seasons', flag: '--seasons', messages: SEASONS_MESSAGES },
  { name: 'ancestry', flag: '--ancestry', messages: ANCESTRY_MESSAGES },
  { name: 'fasting', flag: '--fasting', messages: FASTING_MESSAGES },
  { name: 'drinks', flag: '--drinks', messages: DRINKS_MESSAGES },
  { name: 'doses', flag: '--doses', messages: DOSES_MESSAGES },
  { name: 'final28', flag: '--final28', messages: FINAL28_MESSAGES },
  { name: 'imaging', flag: '--imaging', messages: IMAGING_MESSAGES },
  { name: 'fathers', flag: '--fathers', messages: FATHERS_MESSAGES },
  { name: 'twins', flag: '--twins', messages: TWINS_MESSAGES },
  { name: 'infusions', flag: '--infusions', messages: INFUSIONS_MESSAGES },
  { name: 'otc', flag: '--otc', messages: OTC_MESSAGES },
  { name: 'contraception', flag: '--contraception', messages: CONTRACEPTION_MESSAGES },
  { name: 'weight', flag: '--weight', messages: WEIGHT_MESSAGES },
  { name: 'final29', flag: '--final29', messages: FINAL29_MESSAGES },
  { name: 'breastfeeding', flag: '--breastfeeding', messages: BREASTFEEDING_MESSAGES },
  { name: 'injuries', flag: '--injuries', messages: INJURIES_MESSAGES },
  { name: 'hospital', flag: '--hospital', messages: HOSPITAL_MESSAGES },
  { name: 'trials', flag: '--trials', messages: TRIALS_MESSAGES },
  { name: 'checkups', flag: '--checkups', messages: CHECKUPS_MESSAGES },
  { name: 'cousins', flag: '--cousins', messages: COUSINS_MESSAGES },
  { name: 'complementary', flag: '--complementary', messages: COMPLEMENTARY_MESSAGES },
  { name: 'diagnosed', flag: '--diagnosed', messages: DIAGNOSED_MESSAGES },
  { name: 'palliative', flag: '--palliative', messages: PALLIATIVE_MESSAGES },
  { name: 'speech', flag: '--speech', messages: SPEECH_MESSAGES },
  { name: 'driving', flag: '--driving', messages: DRIVING_MESSAGES },
  { name: 'cosmetic', flag: '--cosmetic', messages: COSMETIC_MESSAGES },
  { name: 'puberty', flag: '--puberty', messages: PUBERTY_MESSAGES },
  { name: 'latediagnosis', flag: '--latediagnosis', messages: LATEDIAGNOSIS_MESSAGES },
  { name: 'outdoors', flag: '--outdoors', messages: OUTDOORS_MESSAGES },
  { name: 'transgender', flag: '--transgender', messages: TRANSGENDER_MESSAGES },
  { name: 'lowresource', flag: '--lowresource', messages: LOWRESOURCE_MESSAGES },
  { name: 'devices', flag: '--devices', messages: DEVICES_MESSAGES },
  { name: 'misspellings', flag: '--misspellings', messages: MISSPELLINGS_MESSAGES },
  { name: 'teachers', flag: '--teachers', messages: TEACHERS_MESSAGES },
  { name: 'weddings', flag: '--weddings', messages: WEDDINGS_MESSAGES },
  { name: 'miscarriage', flag: '--miscarriage', messages: MISCARRIAGE_MESSAGES },
  { name: 'careplans', flag: '--careplans', messages: CAREPLANS_MESSAGES },
  { name: 'menopause', flag: '--menopause', messages: MENOPAUSE_MESSAGES },
  { name: 'fatigue', flag: '--fatigue', messages: FATIGUE_MESSAGES },
  { name: 'formulations', flag: '--formulations', messages: FORMULATIONS_MESSAGES },
  { name: 'online', flag: '--online', messages: ONLINE_MESSAGES },
  { name: 'opioids', flag: '--opioids', messages: OPIOIDS_MESSAGES },
  { name: 'screens', flag: '--screens', messages: SCREENS_MESSAGES },
  { name: 'reactions', flag: '--reactions', messages: REACTIONS_MESSAGES },
  { name: 'nextbaby', flag: '--nextbaby', messages: NEXTBABY_MESSAGES },
  { name: 'dental', flag: '--dental', messages: DENTAL_MESSAGES },
  { name: 'gpvisit', flag: '--gpvisit', messages: GPVISIT_MESSAGES },
  { name: 'ethnicity', flag: '--ethnicity', messages: ETHNICITY_MESSAGES },
  { name: 'adultchildren', flag: '--adultchildren', messages: ADULTCHILDREN_MESSAGES },
  { name: 'polypharmacy', flag: '--polypharmacy', messages: POLYPHARMACY_MESSAGES },
  { name: 'howcommon', flag: '--howcommon', messages: HOWCOMMON_MESSAGES },
  { name: 'final30', flag: '--final30', messages: FINAL30_MESSAGES },
  { name: 'final31', flag: '--final31', messages: FINAL31_MESSAGES },
  { name: 'final32', flag: '--final32', messages: FINAL32_MESSAGES },
  { name: 'growth', flag: '--growth', messages: GROWTH_MESSAGES },
  { name: 'behavior', flag: '--behavior', messages: BEHAVIOR_MESSAGES },
  { name: 'feeding', flag: '--feeding', messages: FEEDING_MESSAGES },
  { name: 'anesthesia', flag: '--anesthesia', messages: ANESTHESIA_MESSAGES },
  { name: 'steroids', flag: '--steroids', messages: STEROIDS_MESSAGES },
  { name: 'epilepsy', flag: '--epilepsy', messages: EPILEPSY_MESSAGES },
  { name: 'genetherapy', flag: '--genetherapy', messages: GENETHERAPY_MESSAGES },
  { name: 'antibiotics', flag: '--antibiotics', messages: ANTIBIOTICS_MESSAGES },
  { name: 'headaches', flag: '--headaches', messages: HEADACHES_MESSAGES },
  { name: 'donation', flag: '--donation', messages: DONATION_MESSAGES },
  { name: 'carehomes', flag: '--carehomes', messages: CAREHOMES_MESSAGES },
  { name: 'results', flag: '--results', messages: RESULTS_MESSAGES },
  { name: 'anticoagulants', flag: '--anticoagulants', messages: ANTICOAGULANTS_MESSAGES },
  { name: 'biologics', flag: '--biologics', messages: BIOLOGICS_MESSAGES },
  { name: 'final33', flag: '--final33', messages: FINAL33_MESSAGES },
  { name: 'periods', flag: '--periods', messages: PERIODS_MESSAGES },
  { name: 'mito', flag: '--mito', messages: MITO_MESSAGES },
  { name: 'connective', flag: '--connective', messages: CONNECTIVE_MESSAGES },
  { name: 'stimulants', flag: '--stimulants', messages: STIMULANTS_MESSAGES },
  { name: 'appointments', flag: '--appointments', messages: APPOINTMENTS_MESSAGES },
  { name: 'mobility', flag: '--mobility', messages: MOBILITY_MESSAGES },
  { name: 'diabetes', flag: '--diabetes', messages: DIABETES_MESSAGES },
  { name: 'spine', flag: '--spine', messages: SPINE_MESSAGES },
  { name: 'brain', flag: '--brain', messages: BRAIN_MESSAGES },
  { name: 'chromosomes', flag: '--chromosomes', messages: CHROMOSOMES_MESSAGES },
  { name: 'fevers', flag: '--fevers', messages: FEVERS_MESSAGES },
  { name: 'nerves', flag: '--nerves', messages: NERVES_MESSAGES },
  { name: 'bleeding', flag: '--bleeding', messages: BLEEDING_MESSAGES },
  { name: 'autoimmune', flag: '--autoimmune', messages: AUTOIMMUNE_MESSAGES },
  { name: 'rhythm', flag: '--rhythm', messages: RHYTHM_MESSAGES },
  { name: 'antibodies', flag: '--antibodies', messages: ANTIBODIES_MESSAGES },
  { name: 'skeletal', flag: '--skeletal', messages: SKELETAL_MESSAGES },
  { name: 'lysosomal', flag: '--lysosomal', messages: LYSOSOMAL_MESSAGES },
  { name: 'cancerrisk', flag: '--cancerrisk', messages: CANCERRISK_MESSAGES },
  { name: 'endocrine', flag: '--endocrine', messages: ENDOCRINE_MESSAGES },
  { name: 'genekidney', flag: '--genekidney', messages: GENEKIDNEY_MESSAGES },
  { name: 'final34', flag: '--final34', messages: FINAL34_MESSAGES },
  { name: 'final35', flag: '--final35', messages: FINAL35_MESSAGES },
  { name: 'final36', flag: '--final36', messages: FINAL36_MESSAGES },
  { name: 'final37', flag: '--final37', messages: FINAL37_MESSAGES },
  { name: 'secondopinion', flag: '--secondopinion', messages: SECONDOPINION_MESSAGES },
  { name: 'emergencies', flag: '--emergencies', messages: EMERGENCIES_MESSAGES },
  { name: 'orphandrugs', flag: '--orphandrugs', messages: ORPHANDRUGS_MESSAGES },
  { name: 'carriers', flag: '--carriers', messages: CARRIERS_MESSAGES },
  { name: 'newsmedia', flag: '--newsmedia', messages: NEWSMEDIA_MESSAGES },
  { name: 'prenatal', flag: '--prenatal', messages: PRENATAL_MESSAGES },
  { name: 'genesymbols', flag: '--genesymbols', messages: GENESYMBOLS_MESSAGES },
  { name: 'typos', flag: '--typos', messages: TYPOS_MESSAGES },
  { name: 'statements', flag: '--statements', messages: STATEMENTS_MESSAGES },
  { name: 'costs', flag: '--costs', messages: COSTS_MESSAGES },
  { name: 'inheritedheart', flag: '--inheritedheart', messages: INHERITEDHEART_MESSAGES },
  { name: 'manyquestions', flag: '--manyquestions', messages: MANYQUESTIONS_MESSAGES },
  { name: 'ultrarare', flag: '--ultrarare', messages: ULTRARARE_MESSAGES },
  { name: 'covid', flag: '--covid', messages: COVID_MESSAGES },
  { name: 'organizations', flag: '--organizations', messages: ORGANIZATIONS_MESSAGES },
  { name: 'dialects', flag: '--dialects', messages: DIALECTS_MESSAGES },
  { name: 'final38', flag: '--final38', messages: FINAL38_MESSAGES },
  { name: 'final39', flag: '--final39', messages: FINAL39_MESSAGES },
  { name: 'final40', flag: '--final40', messages: FINAL40_MESSAGES },
  { name: 'odyssey', flag: '--odyssey', messages: ODYSSEY_MESSAGES },
  { name: 'tumorsyndromes', flag: '--tumorsyndromes', messages: TUMORSYNDROMES_MESSAGES },
  { name: 'socialworkers', flag: '--socialworkers', messages: SOCIALWORKERS_MESSAGES },
  { name: 'codeswitch', flag: '--codeswitch', messages: CODESWITCH_MESSAGES },
  { name: 'neuromuscular', flag: '--neuromuscular', messages: NEUROMUSCULAR_MESSAGES },
  { name: 'pronouns', flag: '--pronouns', messages: PRONOUNS_MESSAGES },
  { name: 'aging', flag: '--aging', messages: AGING_MESSAGES },
  { name: 'pregnancymeds', flag: '--pregnancymeds', messages: PREGNANCYMEDS_MESSAGES },
  { name: 'stones', flag: '--stones', messages: STONES_MESSAGES },
  { name: 'marrowfailure', flag: '--marrowfailure', messages: MARROWFAILURE_MESSAGES },
  { name: 'craniofacial', flag: '--craniofacial', messages: CRANIOFACIAL_MESSAGES },
  { name: 'autonomic', flag: '--autonomic', messages: AUTONOMIC_MESSAGES },
  { name: 'dsd', flag: '--dsd', messages: DSD_MESSAGES },
  { name: 'whatif', flag: '--whatif', messages: WHATIF_MESSAGES },
  { name: 'final41', flag: '--final41', messages: FINAL41_MESSAGES },
  { name: 'final42', flag: '--final42', messages: FINAL42_MESSAGES },
  { name: 'liverrare', flag: '--liverrare', messages: LIVERRARE_MESSAGES },
  { name: 'eyesrare', flag: '--eyesrare', messages: EYESRARE_MESSAGES },
  { name: 'skinrare', flag: '--skinrare', messages: SKINRARE_MESSAGES },
  { name: 'immunodeficiency', flag: '--immunodeficiency', messages: IMMUNODEFICIENCY_MESSAGES },
  { name: 'adultsrare', flag: '--adultsrare', messages: ADULTSRARE_MESSAGES },
  { name: 'parentsnew', flag: '--parentsnew', messages: PARENTSNEW_MESSAGES },
  { name: 'final43', flag: '--final43', messages: FINAL43_MESSAGES },
  { name: 'final44', flag: '--final44', messages: FINAL44_MESSAGES },
];
