/**
 * "otc" set. Messages about over-the-counter medicines with a condition or another medicine: painkillers,
 * antihistamines, cold remedies, laxatives, antacids, sleep aids; whether they are safe, how much, with what,
 * what they are for. Written by someone who had read neither the understanding or retrieval code nor any earlier
 * set, following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.808). Scored by
 * otc.test.ts and by `npx tsx test/understand/support/score-messages.ts --otc --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const OTC_MESSAGES: ConsumerMessage[] = [
  // why: "is tylenol safe if you have cirrhosis" asks a precaution for a condition, so contraindications
  {
    message: 'is tylenol safe if you have cirrhosis',
    focus: 'tylenol',
    types: ['contraindications'],
  },
  // why: "can I take Aleve with it" asks about a medicine combined with warfarin, so interactions only
  {
    subject: 'Aleve with warfarin?',
    message:
      "I'm on warfarin for atrial fibrillation and my back has been killing me since I moved house last weekend. Can I take Aleve with the warfarin, or will it thin my blood too much?",
    focus: 'Aleve',
    types: ['interactions'],
  },
  // why: "how much can I give" to a child of a given weight is dosing, so drug_usage
  {
    message:
      "How much Children's Motrin can I give my 3 year old? She weighs about 32 pounds and has a fever of 102.",
    focus: 'Motrin',
    types: ['drug_usage'],
  },
  // why: "what is it actually for" asks what the medicine is for, so indication
  {
    message:
      'what is simethicone actually for?? the pharmacist told me to get the drops for my 6 week old who screams every evening but i have no idea what it does',
    focus: 'simethicone',
    types: ['indication'],
  },
  // why: getting rid of an expired bottle and pouring it down the sink are both disposal, so storage_disposal
  {
    subject: 'expired Benadryl',
    message:
      'We found a bottle of liquid Benadryl in the back of the cupboard that expired last year. How do I get rid of it safely? Can I just pour it down the sink?',
    focus: 'Benadryl',
    types: ['storage_disposal'],
  },
  // why: "are tums gluten free" asks what the medicine contains; celiac is only context
  {
    message: 'are tums gluten free? celiac here',
    focus: 'tums',
    types: ['ingredients'],
  },
  // why: "could it be why my magnesium came back low" asks whether a problem comes from the medicine, so side_effects
  {
    message:
      "I've been taking omeprazole every single day for about 2 years for my GERD. My last blood test showed low magnesium. Could the omeprazole be the reason?",
    focus: 'omeprazole',
    types: ['side_effects'],
  },
  // why: "is it safe for me" with high blood pressure asks a precaution, so contraindications
  {
    subject: 'Sudafed and high blood pressure',
    message:
      'Is it safe for me to take? I have a terrible head cold and my BP usually runs around 150/95 even on my pills',
    focus: 'Sudafed',
    types: ['contraindications'],
  },
  // why: "what is it exactly" asks for an overview of the condition, so information; the paracetamol advice is story
  {
    message:
      'my bloodwork showed high bilirubin and the doctor said its probably gilbert syndrome, nothing to worry about, just be a bit careful with paracetamol. what is it exactly??',
    focus: 'gilbert syndrome',
    types: ['information'],
  },
  // why: "is there a link between Zantac and cancer" asks a link between a medicine and a condition, so association
  {
    message:
      'Is there a link between Zantac and cancer? I took it for years for heartburn before they pulled it off the shelves.',
    focus: 'Zantac',
    types: ['association'],
  },
  // why: "is it only kids who are at risk, or can adults get it" asks who is at risk, so susceptibility
  {
    subject: "Reye's syndrome question",
    message:
      "Everyone says never give aspirin to kids because of Reye's syndrome. Is it only children who are at risk of it, or can adults get Reye's syndrome too?",
    focus: "Reye's syndrome",
    types: ['susceptibility'],
  },
  // why: "what can i take for hay fever" asks about managing the condition, so treatment
  {
    message: 'what can i take for hay fever that wont make me drowsy at work',
    focus: 'hay fever',
    types: ['treatment'],
  },
  // why: "how many days in a row can I use it before I have to stop" is about how long to take it, so drug_usage
  {
    message:
      'How many days in a row can I use oxymetazoline nasal spray before I have to stop? My nose has been completely blocked from a cold for a week',
    focus: 'oxymetazoline',
    types: ['drug_usage'],
  },
  // why: "can taking aspirin every day prevent migraines" asks about preventing attacks of the condition, so prevention
  {
    message:
      'I get migraines 3 or 4 times a month and they wipe me out for the whole day. A friend says she takes an aspirin every day and hers stopped. Can taking aspirin daily actually prevent migraines?',
    focus: 'migraines',
    types: ['prevention'],
  },
  // why: "could the benadryl be doing that" asks whether the confusion comes from the medicine, so side_effects
  {
    message:
      "hi, my mom is 82 and a few weeks ago she started taking benadryl at night to help her sleep. now she's confused and wobbly most mornings and nearly fell on tuesday. could the benadryl be doing that to her",
    focus: 'benadryl',
    types: ['side_effects'],
  },
  // why: "what can I give him for the pain" is treatment; "is ibuprofen ok" for a child with hemophilia is a precaution, so contraindications
  {
    message:
      'My son is 9 and has hemophilia A. He bashed his knee at football and it is bruised and sore. What can I give him for the pain? Is ibuprofen ok or only Tylenol?',
    focus: 'hemophilia A',
    types: ['treatment', 'contraindications'],
  },
  // why: "do I need to avoid aspirin" is contraindications; "could my kids have inherited it" is inheritance
  {
    subject: 'aspirin and von willebrand',
    message:
      'I was just diagnosed with type 1 von Willebrand disease at 34 after years of heavy periods. Do I need to avoid aspirin completely? And is von Willebrand something my kids could have inherited from me?',
    focus: 'aspirin',
    types: ['contraindications', 'inheritance'],
  },
  // why: taking it while breastfeeding is contraindications; taking it together with Flonase is interactions
  {
    message:
      'Can I take Zyrtec while breastfeeding my 4 month old? And is it ok to use it together with my Flonase spray?',
    focus: 'Zyrtec',
    types: ['contraindications', 'interactions'],
  },
  // why: "is it ok to use Imodium during a flare" of Crohn's is a precaution (contraindications); "how many can I take in a day" is dosing (drug_usage)
  {
    subject: 'Imodium with Crohns',
    message:
      "I have Crohn's disease and when I flare I'm running to the bathroom 10+ times a day. Is it ok to use Imodium during a flare? how many can I take in a day",
    focus: 'Imodium',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "does it contain aspartame" is ingredients; "how much can she have" is dosing, so drug_usage
  {
    message:
      'My daughter has PKU so we have to watch for aspartame in everything. Does the chewable Tylenol for kids contain aspartame or phenylalanine? And how much can she have, she is 6 and about 45 lbs.',
    focus: 'Tylenol',
    types: ['ingredients', 'drug_usage'],
  },
  // why: whether cold remedies with pseudoephedrine are safe in long QT is contraindications; "should my children be tested" is diagnosis
  {
    message:
      'I have long QT syndrome type 2 and I am on nadolol. Is it safe for me to take cold and flu remedies that have pseudoephedrine in them? Also, should my children be tested for long QT?',
    focus: 'pseudoephedrine',
    types: ['contraindications', 'diagnosis'],
  },
  // why: "can I still take chlorpheniramine" with glaucoma is contraindications; "what can i take for my allergy symptoms" is treatment
  {
    subject: 'antihistamines with glaucoma??',
    message:
      'my eye doctor said I have narrow angle glaucoma. can I still take chlorpheniramine for my allergies? if not what can i take for my allergy symptoms, spring is brutal here',
    focus: 'chlorpheniramine',
    types: ['contraindications', 'treatment'],
  },
  // why: "how often can we give him paracetamol" is dosing (drug_usage); "what can we do to stop the crises" is prevention
  {
    message:
      'Our son is 13 and has sickle cell disease. When he has a pain crisis we try to manage at home first before going to A&E. How often can we give him paracetamol during a crisis? And is there anything we can do to stop the crises happening so often? He has had four since Christmas.',
    focus: 'paracetamol',
    types: ['drug_usage', 'prevention'],
  },
  // why: "why do they give aspirin to a child" asks what the medicine is for here (indication); "will his heart be ok in the long run" is prognosis
  {
    message:
      'My 4 year old is in hospital being treated for Kawasaki disease and they have him on high dose aspirin. I always thought kids should never have aspirin, so why are they giving it to him? And will his heart be ok in the long run?',
    focus: 'aspirin',
    types: ['indication', 'prognosis'],
  },
  // why: "is that a known side effect" asks whether the problem comes from the medicine (side_effects); "what else can I take to help me sleep" is treatment
  {
    message:
      "Every time I take a sleep aid with diphenhydramine in it my restless legs get way worse, like I can't lie still at all. Is that a known side effect? What else can I take to help me sleep?",
    focus: 'diphenhydramine',
    types: ['side_effects', 'treatment'],
  },
  // why: taking naproxen regularly with lupus is a precaution (contraindications); "can lupus affect the kidneys" is complications
  {
    message:
      'I have lupus and my joints ache most days. Is it okay for someone with lupus to take naproxen on a regular basis? Also can lupus affect the kidneys? My aunt had kidney problems from hers.',
    focus: 'naproxen',
    types: ['contraindications', 'complications'],
  },
  // why: "how does Miralax work compared to senna" asks how the medicines work (indication); "which one is better for constipation" is treatment
  {
    message:
      "How does Miralax work compared to senna? Which one is better for my 5 year old's constipation, she hasn't gone in 4 days and cries on the toilet",
    focus: 'Miralax',
    types: ['indication', 'treatment'],
  },
  // why: taking tums while pregnant is contraindications; "how many per day is too many" is dosing (drug_usage)
  {
    message:
      'Im 30 weeks pregnant with the worst heartburn of my life. can i take tums and how many per day is too many',
    focus: 'tums',
    types: ['contraindications', 'drug_usage'],
  },
  // why: before or after meals is timing (drug_usage); taking it with Tums is interactions
  {
    subject: 'Pepcid timing',
    message: 'Should I take Pepcid before or after meals? And can I take it at the same time as my Tums?',
    focus: 'Pepcid',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what does Claritin do for mastocytosis" asks how the medicine works (indication); a parents' support group is find_specialist
  {
    message:
      'My 7 year old has cutaneous mastocytosis (urticaria pigmentosa). The dermatologist said to give Claritin every day. What does Claritin actually do for mastocytosis? And is there a support group for parents? Nobody we know has ever heard of it.',
    focus: 'Claritin',
    types: ['indication', 'find_specialist'],
  },
  // why: "what treatments work for attacks" is treatment; "is it passed down" is inheritance; "should our kids get tested" is diagnosis; "a specialist near Columbus" is find_specialist
  {
    subject: 'Benadryl not working for HAE',
    message:
      'My husband has hereditary angioedema. Every time he goes to the ER with a swelling attack they give him Benadryl and it does absolutely nothing, last time his throat was swelling and we were terrified. What treatments actually work for HAE attacks? Is it passed down in families? Should our two kids get tested? And is there a specialist anywhere near Columbus Ohio who knows about it?',
    focus: 'hereditary angioedema',
    types: ['treatment', 'inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: giving Pepto-Bismol to a teen with flu is contraindications; "does it have aspirin in it" is ingredients; "signs of Reye's syndrome" is symptoms
  {
    message:
      "My 15 year old has the flu and now an upset stomach. Can I give her Pepto-Bismol? Does it really have aspirin in it like my sister says? What are the signs of Reye's syndrome I should watch for just in case",
    focus: 'Pepto-Bismol',
    types: ['contraindications', 'ingredients', 'symptoms'],
  },
  // why: giving infant Tylenol with G6PD deficiency is contraindications; "how common" is frequency; "which gene" is genetic_changes; "did he get it from me or his dad" is inheritance
  {
    message:
      'Our newborn was flagged for G6PD deficiency on his newborn screen and we got a long list of things to avoid. Is it ok to give him infant Tylenol when he has a fever? How common is G6PD deficiency? Which gene is it, and did he get it from me or from his dad?',
    focus: 'Tylenol',
    types: ['contraindications', 'frequency', 'genetic_changes', 'inheritance'],
  },
  // why: "should I stop the aspirin" is stopping a medicine (drug_usage); "what can I take for the pain of a flare" is treatment; "how do I stop the flares coming back" is prevention
  {
    subject: 'gout and baby aspirin',
    message:
      "I've got gout and I take a baby aspirin every day for my heart since my stent. Should I stop the aspirin? what can I take for the pain when a flare hits and how do I stop the flares coming back, I've had 3 this year",
    focus: 'aspirin',
    types: ['drug_usage', 'treatment', 'prevention'],
  },
  // why: whether he can take doxylamine with Parkinson's is contraindications; with carbidopa-levodopa is interactions; "is poor sleep part of Parkinson's" is symptoms
  {
    message:
      "My husband has Parkinson's disease and he is up half the night. Can he take doxylamine (the unisom sleep tabs)? Will it interfere with his carbidopa-levodopa? Is poor sleep just part of Parkinson's?",
    focus: 'doxylamine',
    types: ['contraindications', 'interactions', 'symptoms'],
  },
  // why: "how does ibuprofen help the lungs" is indication; "what side effects" is side_effects; "with azithromycin and his other medicines" is interactions
  {
    message:
      'Our CF clinic wants to start our 8 year old son on high-dose ibuprofen twice a day. How does ibuprofen help the lungs in cystic fibrosis? What side effects should we be watching for? And is it ok with his other medicines like azithromycin?',
    focus: 'ibuprofen',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: dimenhydrinate with epilepsy is contraindications; "can antihistamines bring on seizures" asks whether a problem comes from the medicine (side_effects); ibuprofen with Depakote is interactions
  {
    subject: 'car sickness tablets and epilepsy',
    message:
      'We have a long drive coming up. Can my daughter take dimenhydrinate for car sickness? She has epilepsy and takes Depakote. Is it true antihistamines can bring on seizures? Also can she take ibuprofen along with her Depakote if she gets a headache',
    focus: 'dimenhydrinate',
    types: ['contraindications', 'side_effects', 'interactions'],
  },
  // why: "can I ever take ibuprofen again" after an ulcer is contraindications; "what does Pepto-Bismol do for ulcers" is indication; "how do I stop the ulcer coming back" is prevention
  {
    message:
      'I had a bleeding stomach ulcer last year from H. pylori and ended up with 2 units of blood. Can I ever take ibuprofen again? What does Pepto-Bismol do for ulcers, it was part of my treatment and nobody explained it. And how do I stop the ulcer coming back?',
    focus: 'ibuprofen',
    types: ['contraindications', 'indication', 'prevention'],
  },
  // why: acetaminophen after drinking is interactions; "max per day" is drug_usage; "can it damage the liver at normal doses" is side_effects
  {
    message:
      'honestly I drink 3-4 beers most nights. is it dangerous to take acetaminophen after drinking? whats the max per day? and can it damage your liver even at normal doses, I was told I have a fatty liver last year',
    focus: 'acetaminophen',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "how much is too much" is drug_usage; gymnastics is lifestyle; "any studies on better pain treatments" is research; insurance coverage is other
  {
    message:
      'My daughter is 16 and has hypermobile Ehlers-Danlos syndrome. Her joints dislocate and she basically lives on Advil for the pain, sometimes 4 or 5 times a day. How much Advil is too much for a teenager? Can she keep doing gymnastics, it is her whole life? Are there any studies going on into better pain treatments for EDS? And will insurance usually cover physical therapy for it, ours keeps denying it.',
    focus: 'Advil',
    types: ['drug_usage', 'lifestyle', 'research', 'other'],
  },
];
