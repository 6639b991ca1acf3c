/**
 * "ancestry" set. Messages about results from home DNA kits and family-tree research: carrier results, variants
 * of unknown meaning, an ancestry group with a known condition, a relative who had a condition generations back,
 * what a result means for children. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.842).
 * Scored by ancestry.test.ts and by `npx tsx test/understand/support/score-messages.ts --ancestry --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ANCESTRY_MESSAGES: ConsumerMessage[] = [
  // why: "what does this mean for any kids we have" asks the chance children get it
  {
    message:
      '23andme says im a carrier for cystic fibrosis, one copy of F508del. my husband hasnt done a test yet. what does this mean for any kids we have',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: "how common is it" asks frequency; "should we get tested" asks diagnosis
  {
    subject: 'Ashkenazi result and Tay-Sachs',
    message:
      'My ancestry results came back 60% Ashkenazi Jewish, which surprised everyone because we were raised Catholic. I keep reading that Tay-Sachs is more common in that group. How common is it actually? And should my fiancé and I get tested before we start trying for a baby?',
    focus: 'Tay-Sachs',
    types: ['frequency', 'diagnosis'],
  },
  // why: "what happens if left untreated" asks complications; "is giving blood the treatment" asks treatment; "what should I eat or avoid" asks lifestyle
  {
    message:
      "Hi, I did one of those home DNA kits for the Irish ancestry side (we always joked about the Celtic curse) and it says I have two copies of C282Y for haemochromatosis. I'm 38 and feel totally fine. My GP has not seen the report yet. What happens if it's left untreated? Is giving blood really the main treatment? And should I be avoiding red meat, vitamin C or alcohol?",
    focus: 'haemochromatosis',
    types: ['complications', 'treatment', 'lifestyle'],
  },
  // why: "could I have Marfan syndrome" asks whether his signs could be it, which is diagnosis
  {
    subject: 'VUS in FBN1??',
    message:
      "I ran my raw data through a third party site and it flagged a variant of uncertain significance in FBN1, which it says is the Marfan syndrome gene. I'm 6'5, very thin, long fingers, but never had any heart problems that I know of. Could I have Marfan syndrome?",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: "could it have come down to me" asks inheritance; "is there a test that can tell me" asks diagnosis
  {
    subject: 'found something on a death certificate',
    message:
      "While building our family tree on Ancestry I found my great-grandfather's death certificate from 1931 and the cause says Huntington's chorea. Nobody in the family ever mentioned it and my grandmother died young in a car accident so we never knew if she had it. Is this something that could have come down to me through her? Is there a test that can tell me for sure?",
    focus: "Huntington's chorea",
    types: ['inheritance', 'diagnosis'],
  },
  // why: "should my brothers be tested" and "when should my kids start colonoscopies" both ask about testing and screening relatives, diagnosis
  {
    message:
      'I tested positive for Lynch syndrome (MLH1) after my colon cancer at 44. I have two brothers and a daughter who is 19. Should they all be tested, and at what age should my daughter start having colonoscopies?',
    focus: 'Lynch syndrome',
    types: ['diagnosis'],
  },
  // why: "can I keep playing football" asks daily life, lifestyle; "can my kids get sickle cell anemia" asks inheritance
  {
    message:
      'my ancestry dna results said im a carrier for sickle cell. i play d2 college football and my trainer freaked out a little when i told him. can i keep playing like normal? and if my girlfriend is a carrier too could our kids get sickle cell anemia',
    focus: 'sickle cell',
    types: ['lifestyle', 'inheritance'],
  },
  // why: "what symptoms should I watch for" asks symptoms; "does it affect the liver" asks complications; "treatment options" asks treatment; "what kind of doctor" asks find_specialist
  {
    subject: 'PiZZ result',
    message:
      "My DNA kit report says I'm PiZZ for alpha-1 antitrypsin deficiency. I'm 41 and smoked for about 15 years but quit last year. So far my breathing is ok apart from getting winded on stairs. What symptoms should I be watching out for? I read it can affect the liver as well as the lungs, is that true? What are the treatment options if it does get bad? And what kind of doctor should I actually see about this, my GP had never heard of it.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['symptoms', 'complications', 'treatment', 'find_specialist'],
  },
  // why: "is it safe for me to stay on the birth control pill" asks who should not take the medicine, contraindications
  {
    message:
      "My 23andMe health report shows I have one copy of factor V Leiden. I've been on the birth control pill for six years with no problems. Is it still safe for me to stay on the birth control pill?",
    focus: 'birth control pill',
    types: ['contraindications'],
  },
  // why: "what is Gaucher disease" asks information; "which gene is it" asks genetic_changes
  {
    message:
      'Carrier screen after my ancestry kit came back with Ashkenazi heritage: I carry N370S for Gaucher disease. What is Gaucher disease, and which gene is it in?',
    focus: 'Gaucher disease',
    types: ['information', 'genetic_changes'],
  },
  // why: "chances the baby has it" asks inheritance; "can they test the baby before birth" asks diagnosis; "what treatments exist" asks treatment
  {
    subject: 'pregnant, SMA carrier',
    message:
      "I'm 10 weeks pregnant with our first. My sister did a home DNA test and found she carries SMA, so I had a proper carrier screen and I carry it too. My husband's results aren't back yet and I'm going out of my mind. What are the chances the baby has it? Can they test the baby before it's born? And if the baby does have SMA, what treatments are there now? I've heard there's a gene therapy but I don't know if that's real.",
    focus: 'SMA',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "could this be familial Mediterranean fever" asks whether her signs could be it, diagnosis
  {
    message:
      "DNA results say I'm mostly Armenian with some Sephardic Jewish, and it flagged one MEFV change. For years I've had fevers with awful stomach pain every couple of months that last 2 or 3 days, and doctors just say virus. Could this be familial Mediterranean fever",
    focus: 'familial Mediterranean fever',
    types: ['diagnosis'],
  },
  // why: "what triggers the episodes" asks what brings attacks on, cause; "how common is it in Greeks" asks frequency
  {
    message:
      'Home DNA said G6PD deficiency, which my mom says explains why her father turned yellow after eating fava beans back in Greece. What actually triggers the episodes? And how common is G6PD deficiency in people of Greek background?',
    focus: 'G6PD deficiency',
    types: ['cause', 'frequency'],
  },
  // why: "can I take primaquine" asks whether someone with G6PD deficiency should not take it, contraindications
  {
    subject: 'primaquine question',
    message:
      'Going on a long trip to a malaria area and the travel clinic mentioned primaquine. My ancestry DNA test says I have G6PD deficiency. Can I take primaquine?',
    focus: 'primaquine',
    types: ['contraindications'],
  },
  // why: "at what age should they be tested" asks diagnosis; "would they need statins as kids" asks treatment
  {
    message:
      "My grandpa died of a heart attack at 42, my mom's cholesterol has always been over 300 even on pills, and now my DNA app flagged an LDLR variant for familial hypercholesterolemia. I have two kids, 6 and 9. At what age should they be tested? And if they have it, would they need to be on statins as children?",
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis', 'treatment'],
  },
  // why: "what is canavan disease" asks information
  {
    subject: 'carrier result',
    message: 'what is canavan disease',
    focus: 'canavan disease',
    types: ['information'],
  },
  // why: "is it inherited" asks inheritance; "ultrasound or gene test" asks diagnosis; "anything to slow it down" asks treatment
  {
    message:
      "Doing our family tree I discovered four relatives on my dad's side who died of kidney failure in their 40s and 50s, going back to the 1800s. Then last month my cousin was diagnosed with polycystic kidney disease. My dad has high blood pressure but has never had his kidneys looked at. Is it inherited? Can an ultrasound show it or do I need a gene test? If I have it, is there anything that slows it down?",
    focus: 'polycystic kidney disease',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "does this mean I have hypertrophic cardiomyopathy" and "should my kids be screened" ask diagnosis; "can I keep running marathons" asks lifestyle
  {
    subject: 'MYBPC3 variant of uncertain significance',
    message:
      'Hello. The genetic health report I paid for lists a variant of uncertain significance in MYBPC3 and says it is associated with hypertrophic cardiomyopathy. Does this mean I have hypertrophic cardiomyopathy? Should my two children be screened? I also run marathons, around three a year, and would like to know whether I can keep doing that.',
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "does that mean I have no higher risk" asks whether she is at risk, susceptibility
  {
    message:
      "My mom's family is Ashkenazi and my 23andMe BRCA report came back as variants not detected. My aunt had breast cancer at 50. Does that mean I don't have any higher risk of breast cancer than anyone else?",
    focus: 'breast cancer',
    types: ['susceptibility'],
  },
  // why: "could we be carriers" and "chances our child has it" ask inheritance; "is there a blood test for carriers" asks diagnosis; "what treatment would a child need" asks treatment; "life expectancy" asks prognosis
  {
    subject: 'Mediterranean ancestry, low MCV, thalassemia?',
    message:
      "My ancestry says 40% Greek Cypriot and my husband is from southern Italy. We both had low MCV on our routine bloodwork and our doctors said it's nothing to worry about because we're not anemic. Now I'm reading about beta thalassemia. Could we both be carriers, and if so what are the chances our child would have the severe form? Is there a blood test that can check? If a child did have it, what treatment would they need and what is the life expectancy these days?",
    focus: 'beta thalassemia',
    types: ['inheritance', 'diagnosis', 'treatment', 'prognosis'],
  },
  // why: "can I pass fragile X syndrome to my sons if I don't have it" asks inheritance
  {
    message:
      "In old census records my great-aunt is listed as an idiot, which was the word back then, and a cousin who does genealogy says fragile X runs in our line. I'm a woman and we're planning kids. Can I pass fragile X syndrome to my sons even if I don't have it myself?",
    focus: 'fragile X',
    types: ['inheritance'],
  },
  // why: "what symptoms show up first" asks symptoms; "is there treatment" asks treatment
  {
    subject: 'V122I TTR',
    message:
      'My DNA report says I carry V122I in the TTR gene, which it links to transthyretin amyloidosis and says is fairly common in people with West African ancestry. My dad had heart failure at 68 and they never really figured out why. What symptoms would show up first? Is there treatment for it now?',
    focus: 'transthyretin amyloidosis',
    types: ['symptoms', 'treatment'],
  },
  // why: "does this mean I have celiac disease" asks whether she has it, diagnosis
  {
    message:
      '23andme celiac report: HLA-DQ2.5 present. I get bloated sometimes. does this mean i have celiac disease?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  // why: "anything I can do to lower my chances" asks prevention; "any trials for people like me" asks research
  {
    subject: 'two copies of APOE4',
    message:
      "Got my results today and I have two copies of APOE4. My mother had Alzheimer's disease from her early 60s so this hit hard. I'm 47. Is there anything I can do to lower my chances of getting it, diet, exercise, supplements, anything? And are there any trials for people like me who don't have symptoms yet?",
    focus: "Alzheimer's disease",
    types: ['prevention', 'research'],
  },
  // why: "what is Li-Fraumeni syndrome" asks information; "how do they confirm it" asks diagnosis; "where do I find a genetic counselor" asks find_specialist
  {
    message:
      "I uploaded my raw file to Promethease and it flagged a TP53 variant for Li-Fraumeni syndrome. I'd honestly never heard of it. What is Li-Fraumeni syndrome? How do doctors confirm it, since I know these raw data results are not always right? Where can I find a genetic counselor who knows about it? I live in a rural area.",
    focus: 'Li-Fraumeni syndrome',
    types: ['information', 'diagnosis', 'find_specialist'],
  },
  // why: "could I be a carrier" asks carrier status, inheritance
  {
    subject: 'hemophilia in the family tree?',
    message:
      "Reading old family letters for our genealogy project, my great-grandmother wrote that two of her brothers bled to death as boys after small cuts. Nobody ever said the word but I think it must have been hemophilia. I'm her direct descendant through the female line. Could I be a carrier?",
    focus: 'hemophilia',
    types: ['inheritance'],
  },
  // why: "could I have Wilson's disease" and "what tests" ask diagnosis; "what happens if it isn't caught" asks complications
  {
    message:
      "Raw data shows two ATP7B variants, one likely pathogenic and one of uncertain significance. could I have Wilson's disease? what tests would a doctor do, and what happens if it isn't caught early",
    focus: "Wilson's disease",
    types: ['diagnosis', 'complications'],
  },
  // why: "is it passed on" asks inheritance; "is that a sign" asks symptoms; "is there treatment" asks treatment
  {
    message:
      'my grandfather had cataracts at 40 and weak hands, never had a name for it. now my mom got diagnosed with myotonic dystrophy at 55 after a genetic test. is it passed on to kids? my son is 12 and has trouble letting go when he shakes hands or grips something, is that a sign of it? is there any treatment',
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'symptoms', 'treatment'],
  },
  // why: "does that change my dose" asks how much of the medicine to take, drug_usage
  {
    message:
      "My DNA kit's drug response report says I'm sensitive to warfarin because of a VKORC1 variant. I just started warfarin for a clot. Does that change my dose?",
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  // why: "will the baby be tested at birth" asks diagnosis; "what diet would the baby need" asks lifestyle
  {
    message:
      'both me and my husband came back as carriers for PKU on our ancestry plus health kits. baby due in march. will the baby get tested for it at birth or do we need to ask, and if he has it what kind of diet would he need',
    focus: 'PKU',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "what is that" asks what the condition is, information
  {
    subject: 'Amish ancestry',
    message:
      "My family tree goes back to the Lancaster County Amish on my mother's side. An old relative was born with extra fingers and a hole in the heart, and an older cousin said it was Ellis-van Creveld syndrome. What is that?",
    focus: 'Ellis-van Creveld syndrome',
    types: ['information'],
  },
  // why: "what brings on the attacks" asks cause; "what do the attacks look like" asks symptoms
  {
    message:
      "My father's family is Afrikaner and a genealogy forum says variegate porphyria goes back to one couple who came to the Cape in the 1600s. My DNA test shows a PPOX variant. What brings on the attacks, and what do they look like? I've never had anything I would call an attack.",
    focus: 'variegate porphyria',
    types: ['cause', 'symptoms'],
  },
  // why: "is it hereditary" asks inheritance; "how do I get tested" asks diagnosis; "what should I tell the anesthesiologist to keep it from happening" asks prevention
  {
    subject: 'surgery next month, family history',
    message:
      "While researching my family tree I found out my great-uncle died during an appendix operation in 1956, and the family story was that it was the anesthetic. Then last year my cousin was diagnosed with malignant hyperthermia after a reaction during knee surgery. I have surgery booked for next month. Is malignant hyperthermia hereditary? How do I get tested? What should I tell the anesthesiologist so it doesn't happen to me?",
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'prevention'],
  },
  // why: "can life insurance companies use it against me" is about insurance, other
  {
    subject: 'insurance worry',
    message:
      'My 23andMe results showed a variant linked to long QT syndrome. My doctor wants to do proper genetic testing to confirm. If it confirms long QT syndrome, can life insurance companies use the result against me?',
    focus: 'long QT syndrome',
    types: ['other'],
  },
  // why: "can girls have symptoms" asks symptoms; "is my brother at risk" asks the chance a relative has it, inheritance
  {
    message:
      "My grandmother's brother died of kidney failure at 45 and always complained of burning pain in his hands and feet. My mom was just diagnosed with Fabry disease after years of being told it was fibromyalgia. I was told girls are only carriers, but I get the same burning feet. Can girls have symptoms of Fabry disease? And is my brother at risk?",
    focus: 'Fabry disease',
    types: ['symptoms', 'inheritance'],
  },
  // why: "how should he take it" asks drug_usage; "does it have to be taken with fatty food" asks interactions with food; "what side effects" asks side_effects
  {
    subject: 'starting Kalydeco',
    message:
      "Our son is 7 and has CF. The genetic testing (we had it done after my husband's DNA kit showed he was a carrier) found he has the G551D mutation, and his doctor wants to start Kalydeco. How should he take it? Does it really have to be with fatty food, and what about grapefruit? What side effects should we watch for?",
    focus: 'Kalydeco',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "how rare is bloom syndrome" asks frequency
  {
    message: 'how rare is bloom syndrome? my carrier screen flagged it',
    focus: 'bloom syndrome',
    types: ['frequency'],
  },
  // why: "are nosebleeds a sign" asks symptoms; "which gene" asks genetic_changes
  {
    message:
      'Grandma had nosebleeds her whole life and so does my dad, and now a distant cousin I found through DNA matching says several people in our branch have HHT. I get nosebleeds a few times a month. Are frequent nosebleeds a sign of HHT? Which gene is it, so I know what to look for in my raw data?',
    focus: 'HHT',
    types: ['symptoms', 'genetic_changes'],
  },
  // why: "early signs" asks symptoms; "does smoking or drinking raise my risk" asks susceptibility; "can my kids inherit it from me" asks inheritance; "any treatment" asks treatment
  {
    subject: 'LHON mutation on mtDNA report',
    message:
      'my mtDNA report flagged m.11778G>A for LHON. im a 24 yo guy, eyesight is fine right now. what are the early signs i should look for, does smoking or drinking raise my risk of it actually happening, can my kids inherit it from me, and is there any treatment if it starts',
    focus: 'LHON',
    types: ['symptoms', 'susceptibility', 'inheritance', 'treatment'],
  },
  // why: "what is the chance my son would have it" asks inheritance; "should I be tested" asks diagnosis
  {
    message:
      "My sister's little boy was diagnosed with Duchenne muscular dystrophy last year. I found out through our family tree that our grandmother's brother was in a wheelchair by 10 and died at 19, so it seems to come down our mother's side. If I have a son, what is the chance he would have Duchenne? Should I be tested before we try?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'diagnosis'],
  },
];
