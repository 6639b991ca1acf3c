/**
 * "online" set. Messages about buying and finding medicines: online pharmacies, medicines bought abroad,
 * shortages, switching brands, counterfeit worries, what a medicine contains, and the condition it is for.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.733). Scored by online.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --online --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ONLINE_MESSAGES: ConsumerMessage[] = [
  // why: the only question is whether the dose changes when switching brand, a drug_usage question
  {
    subject: 'Levothyroxine from online pharmacy',
    message:
      'hi, i found a website in canada selling levothyroxine for a third of what i pay here. right now im on Synthroid 100mcg. if i switch to the generic levothyroxine they sell will i need a different dose',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: "what does it actually treat" asks indication, "what side effects should I watch for" asks side_effects
  {
    message:
      "My cousin in Turkey says she can send me Accutane from a pharmacy there with no prescription. What does it actually treat, is it only for really bad acne? And what side effects should I watch out for, since I won't have a doctor checking on me?",
    focus: 'Accutane',
    types: ['indication', 'side_effects'],
  },
  // why: legality of importing is a non-medical question, so other
  {
    message: 'is it legal to import hydroxychloroquine from india for my lupus',
    focus: 'hydroxychloroquine',
    types: ['other'],
  },
  // why: stopping for weeks is drug_usage, whether the generic has the same active ingredient is ingredients, what to change in her diet is lifestyle
  {
    subject: 'Kuvan shortage - PKU',
    message:
      'Our pharmacy says Kuvan is on backorder for at least a month. Our daughter is 6 and has PKU and has been on it since she was 2. Can she safely stop taking it for a few weeks until it comes back? The pharmacist offered a generic sapropterin powder from another supplier, does that have the exact same active ingredient as Kuvan? And while she is off it, what should we change in her diet, should we cut protein even more? Thank you so much, we are really worried.',
    focus: 'Kuvan',
    types: ['drug_usage', 'ingredients', 'lifestyle'],
  },
  // why: "does the new one contain lactose" asks ingredients, grapefruit juice with it asks interactions
  {
    subject: 'colchicine brand changed',
    message:
      "My son has familial mediterranean fever and the colchicine brand we always used isn't available anymore, the pharmacy gave us a different make. Does the new colchicine contain lactose? He is very lactose intolerant. Also can he take it with grapefruit juice, he drinks a glass every morning with breakfast.",
    focus: 'colchicine',
    types: ['ingredients', 'interactions'],
  },
  // why: where to buy a medicine is a non-medical request, so other
  {
    message: 'where can i buy Xyrem online',
    focus: 'Xyrem',
    types: ['other'],
  },
  // why: how to tell if pills are fake is not in the guide (other), what real Viagra contains is ingredients
  {
    subject: 'fake viagra??',
    message:
      'ordered viagra from a site that had good reviews and the pills are a lighter blue than the ones my friend has and they taste chalky. how can i tell if they are fake. and what is supposed to be in real viagra',
    focus: 'viagra',
    types: ['other', 'ingredients'],
  },
  // why: getting it in Spain without a Spanish prescription is other, fridge on the plane is storage_disposal, stopping suddenly is drug_usage, wine with it is interactions
  {
    subject: 'Travelling with Mestinon',
    message:
      "Hello, I have myasthenia gravis and take Mestinon 60 mg four times a day. I'm going to Spain for three months to look after my mother. Can I get Mestinon there from a pharmacy without seeing a Spanish doctor? Does it have to be kept in the fridge on the plane? If I run out before I find a supply, is it dangerous to stop it suddenly? And one more, is it okay to have a glass of wine with dinner while I'm on it?",
    focus: 'Mestinon',
    types: ['other', 'storage_disposal', 'drug_usage', 'interactions'],
  },
  // why: whether the pills contain the NDMA contaminant is a question about what the medicine contains
  {
    message:
      'I heard there was a big recall of metformin because of some chemical that causes cancer. Does the metformin I get from my online pharmacy (made in India) contain that NDMA stuff?',
    focus: 'metformin',
    types: ['ingredients'],
  },
  // why: taking half doses to stretch the supply is drug_usage, whether Vyvanse works the same way asks how a medicine works (indication)
  {
    subject: 'adderall shortage',
    message:
      'the adderall shortage is killing me, 4 pharmacies and none have my 20mg. is it ok to take half doses of what i have left so it lasts until they restock? also my doctor mentioned vyvanse, does it work the same way as adderall',
    focus: 'adderall',
    types: ['drug_usage', 'indication'],
  },
  // why: "what is that" asks for an overview of the condition
  {
    message:
      "The pharmacy tech said the eye drops we've been waiting 3 weeks for are 'for cystinosis'. My daughter was prescribed them by the eye doctor and nobody ever explained. What is cystinosis?",
    focus: 'cystinosis',
    types: ['information'],
  },
  // why: using a zinc supplement instead of his prescription is treatment, which foods to avoid is lifestyle
  {
    message:
      "My husband has Wilson's disease. The zinc he's prescribed costs a fortune but zinc supplements on Amazon are cheap. Can he use those to treat his Wilson's instead? And which foods should he stay away from?",
    focus: "Wilson's disease",
    types: ['treatment', 'lifestyle'],
  },
  // why: horse paste vs human pills asks what it contains, how much to take is drug_usage, safe for a 2 year old is contraindications
  {
    subject: 'ivermectin for scabies from farm store?',
    message:
      "Our whole family has scabies for the third time this year and the cream just is not working. Someone in a facebook group said to buy the horse ivermectin paste from the farm supply store because the doctor won't prescribe the pills. Is the horse ivermectin the same thing as the human tablets? How much would an adult take? And is it safe to give my 2 year old? Im desperate, nobody has slept in weeks",
    focus: 'ivermectin',
    types: ['ingredients', 'drug_usage', 'contraindications'],
  },
  // why: whether the substitute is used the same way asks how to use the medicine
  {
    message:
      "Pharmacy is out of EpiPen and gave us a different epinephrine auto-injector instead. Is it used the same way as the EpiPen? My son's school needs to know.",
    focus: 'EpiPen',
    types: ['drug_usage'],
  },
  // why: whether shop CBD oil is the same as Epidiolex asks what it contains, insurance coverage is other
  {
    subject: 'Epidiolex vs CBD oil',
    message:
      'Our 7 year old has Dravet syndrome. The neurologist wants to try Epidiolex but insurance denied it, so we were thinking of buying CBD oil online instead. Is the CBD oil sold in shops the same thing as Epidiolex? And will insurance cover Epidiolex if we appeal with a letter from her doctor?',
    focus: 'Epidiolex',
    types: ['ingredients', 'other'],
  },
  // why: the only question is whether it can be taken in pregnancy, a contraindications question
  {
    message:
      "I bought mefloquine at a pharmacy in Nairobi for my trip since it was much cheaper than at home. I just found out I'm 8 weeks pregnant. Can I take mefloquine while pregnant?",
    focus: 'mefloquine',
    types: ['contraindications'],
  },
  // why: a pill instead of infusions is treatment, whether the spleen keeps growing is prognosis, doctors in Europe is find_specialist, trials giving the drug is research
  {
    subject: 'Importing enzyme therapy for Gaucher disease',
    message:
      'My brother is 34 and lives in Egypt. He was diagnosed with Gaucher disease two years ago after his spleen got very big and his platelets were low. The enzyme infusion his doctor recommends is not sold in Egypt and importing it privately costs more than our whole family earns. We have been trying for months. Is there a pill he could take instead of the infusions? Will his spleen keep getting bigger while he waits for treatment? Are there doctors in Europe who specialize in Gaucher disease who could give advice to his doctor? And are there any clinical trials that would give him the medicine for free? Any help is appreciated.',
    focus: 'Gaucher disease',
    types: ['treatment', 'prognosis', 'find_specialist', 'research'],
  },
  // why: what it is prescribed for is indication, whether it is addictive asks about a side effect
  {
    message:
      'what is modafinil actually prescribed for? everyone at uni buys it online to study. and is it addictive',
    focus: 'modafinil',
    types: ['indication', 'side_effects'],
  },
  // why: whether the breast tenderness comes from the medicine is side_effects
  {
    subject: 'generic finasteride',
    message:
      'I switched from Propecia to a generic finasteride from an online pharmacy to save money and about a month later I have breast tenderness on one side. Is that from the finasteride?',
    focus: 'finasteride',
    types: ['side_effects'],
  },
  // why: what else she can use is treatment, whether she could have a dangerous bleed is complications, specialist centers is find_specialist
  {
    message:
      "My daughter (16) has von Willebrand disease and the pharmacy can't get tranexamic acid tablets for at least 6 weeks, they say there's a national shortage. What else can she use for her heavy periods in the meantime? Could going without it lead to a dangerous bleed? Also are there specialist centers for bleeding disorders that might have stock or know what to do?",
    focus: 'von Willebrand disease',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  // why: switching from spray to tablets and whether the dose is the same are both how to take the medicine
  {
    message:
      'desmopressin nasal spray got discontinued in our country. can my son switch to the desmopressin tablets for his diabetes insipidus and would the dose be the same',
    focus: 'desmopressin',
    types: ['drug_usage'],
  },
  // why: what it does for sickle cell is indication, keeping it in the fridge is storage_disposal, infertility from it is side_effects
  {
    subject: 'Hydroxyurea from India',
    message:
      'Good day. We live in Lagos and my son (11) has sickle cell disease. His doctor says he should take hydroxyurea but it is expensive and often not available here, so we can order it online from India. Please what exactly does hydroxyurea do for sickle cell? Should we keep it in the fridge because of the heat here, we have NEPA problems and light is not constant. And does it cause infertility in boys, my husband is worried.',
    focus: 'hydroxyurea',
    types: ['indication', 'storage_disposal', 'side_effects'],
  },
  // why: what it is made of is ingredients, whether it is as good as levothyroxine for hypothyroidism asks about treatment
  {
    message:
      'Whats in Armour Thyroid, is it really made from pig thyroid? My naturopath says to order it online. Is it as good as levothyroxine for treating hypothyroidism?',
    focus: 'Armour Thyroid',
    types: ['ingredients', 'treatment'],
  },
  // why: why the medicine is hard to obtain (restricted specialty pharmacy) is an access question, other
  {
    message:
      'why is Sabril so hard to get?? our baby has infantile spasms, the neurologist prescribed it 5 days ago and the normal pharmacy says it can only come from a special pharmacy and needs some registration. every day counts for her',
    focus: 'Sabril',
    types: ['other'],
  },
  // why: opening capsules and splitting doses is drug_usage, whether it is made from pork asks what it contains
  {
    subject: 'Creon shortage again',
    message:
      'Creon shortage again in our area. My daughter is 9 with cystic fibrosis and needs it with every meal and snack. Can we open the capsules and sprinkle half on applesauce to make them last longer? Also a relative asked if Creon is made from pork, we are Muslim and I never thought about it.',
    focus: 'Creon',
    types: ['drug_usage', 'ingredients'],
  },
  // why: "what is it for" asks the medicine's indication
  {
    message:
      'My dad was prescribed Revatio by his lung doctor but the pharmacy gave him sildenafil, isnt that Viagra?! what is sildenafil for in his case',
    focus: 'sildenafil',
    types: ['indication'],
  },
  // why: what else helps the stiffness is treatment, buying from a Canadian website is other
  {
    message:
      'mexiletine has been out of stock everywhere for 2 months. I have myotonia congenita and my legs lock up every time I stand. what else helps with the stiffness? and is it ok to buy mexiletine from a canadian pharmacy online',
    focus: 'myotonia congenita',
    types: ['treatment', 'other'],
  },
  // why: whether it is the same medicine for myeloma asks what it is for, mailing it across the border is other, handling it near a pregnant woman is a pregnancy precaution (contraindications)
  {
    subject: 'sending thalidomide from Brazil',
    message:
      'I live in Brazil where thalidomide is given for leprosy and is cheap. My aunt in Florida has multiple myeloma and her thalidomide costs thousands a month, so she asked me to send her some. Is it the same medicine they use for myeloma? Can I legally mail it to the US? And her daughter lives with her and is pregnant, is it dangerous for her to even touch the pills?',
    focus: 'thalidomide',
    types: ['indication', 'other', 'contraindications'],
  },
  // why: asks only whether a medicine exists for the condition, which is treatment
  {
    subject: 'Lambert Eaton',
    message:
      'Is there any medicine for Lambert-Eaton myasthenic syndrome? I was diagnosed last month in Poland and the doctor only gave me steroids.',
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['treatment'],
  },
  // why: how to know if I have it asks diagnosis, what primaquine does asks indication
  {
    message:
      "The travel clinic in Bangkok gave me primaquine for malaria. Then I read online that people with G6PD deficiency shouldn't take it. How do I find out if I have G6PD deficiency? And what does primaquine do exactly, I already finished the other malaria pills",
    focus: 'G6PD deficiency',
    types: ['diagnosis', 'indication'],
  },
  // why: importing it is other, how it works in NPC is indication, diarrhea is side_effects, trials is research
  {
    subject: 'Zavesca for NPC - importing from Europe',
    message:
      "Our son is 8 and has Niemann-Pick disease type C. We learned that Zavesca is approved for NPC in Europe but here it is only approved for Gaucher, and our insurance won't pay for off-label use. Can we get Zavesca imported from Europe for him? How does it work in NPC? We've read it causes bad diarrhea and weight loss, is that common? And are there any clinical trials for NPC that he could join?",
    focus: 'Zavesca',
    types: ['other', 'indication', 'side_effects', 'research'],
  },
  // why: asks only whether generic and brand have the same ingredients
  {
    message: 'does generic lamictal have the same ingredients as the brand',
    focus: 'lamictal',
    types: ['ingredients'],
  },
  // why: whether the generic switch brought the seizures back asks whether a problem comes from the medicine (side_effects), red dye asks ingredients
  {
    subject: 'Keppra generic switch',
    message:
      'My son (14) had been seizure-free for 2 years on Keppra. Last month the pharmacy switched him to a generic levetiracetam without telling us, and he has had two seizures since. Could the generic be causing the seizures? Also does the generic have different dyes in it? He reacts to red dye.',
    focus: 'Keppra',
    types: ['side_effects', 'ingredients'],
  },
  // why: "could I have Gitelman syndrome" asks whether someone's signs could be the condition, diagnosis
  {
    message:
      "For about 6 years my potassium and magnesium have always been low and I take big doses of both every day. Now the potassium tablets are hard to get because of a shortage and the pharmacist asked me if it was for Gitelman's syndrome. No doctor ever said that word to me. Could I have Gitelman's syndrome?",
    focus: "Gitelman's syndrome",
    types: ['diagnosis'],
  },
  // why: whether it is sold under another name in Mexico is other, refrigeration in the heat is storage_disposal
  {
    message:
      "I take ursodiol for primary biliary cholangitis and I'm retiring to Mexico next spring. Is ursodiol sold there under a different name? and does it need to be refrigerated, it gets really hot where we're moving",
    focus: 'ursodiol',
    types: ['other', 'storage_disposal'],
  },
  // why: keeping it cold on the drive is storage_disposal, switching to a different insulin unit for unit is drug_usage, beer with it is interactions
  {
    subject: 'Buying insulin in Canada',
    message:
      "Insulin is so expensive here that my fiance and I drive to Canada to buy his. A few questions: can we bring the insulin back in a cooler bag for the 6 hour drive or does it have to stay fridge cold the whole time? The pharmacist there suggested a different brand than the Humalog he uses because it's cheaper, can he just switch with the same number of units? And can he drink beer with insulin at our wedding in June lol",
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage', 'interactions'],
  },
  // why: whether it passes to the children asks inheritance
  {
    message:
      "We finally got approval to import tolvaptan for my husband and the pharmacist said it's for his polycystic kidney disease. We have three kids. Is polycystic kidney disease passed down to children?",
    focus: 'polycystic kidney disease',
    types: ['inheritance'],
  },
  // why: daily vs weekly dosing is drug_usage, taking folic acid with it is interactions
  {
    message:
      'bought methotrexate from an indian online pharmacy for my rheumatoid arthritis. the tablets are 2.5mg and the leaflet says take daily?? my rheumatologist said once a week. which is right. and can i take folic acid with methotrexate',
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  // why: one dose to stop it is prevention, early signs is symptoms, catching it from the dog is susceptibility, heart problems if untreated is complications
  {
    subject: 'tick bite and doxycycline shortage',
    message:
      "Pharmacies near me are short on doxycycline and I pulled a tick off my leg yesterday after hiking. Can Lyme disease be prevented with one dose of antibiotic if I can find it? What are the early signs I should watch for? Can I catch it from my dog, he had ticks too? And if it isn't treated can Lyme disease cause heart problems?",
    focus: 'Lyme disease',
    types: ['prevention', 'symptoms', 'susceptibility', 'complications'],
  },
  // why: taking prednisone instead is treatment, whether going without steroids could cause a crisis asks what happens untreated (complications)
  {
    subject: 'hydrocortisone out of stock',
    message:
      "Hydrocortisone tablets are out of stock at the 3 pharmacies near me and I have Addison's disease. Can I take prednisone instead to treat it? And what happens if I go a couple of days with no steroid at all, could I end up in an adrenal crisis?",
    focus: "Addison's disease",
    types: ['treatment', 'complications'],
  },
];
