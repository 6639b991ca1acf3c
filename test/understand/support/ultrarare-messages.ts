/**
 * "ultrarare" set. Messages about very rare conditions that few doctors know, from families who feel alone:
 * what it is, who to contact, other families, research, outlook. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.938). Scored by ultrarare.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --ultrarare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ULTRARARE_MESSAGES: ConsumerMessage[] = [
  // why: only asks for someone who specializes in it -> find_specialist; name misspelled
  {
    message:
      'my nephew (6) was just diagnosed with fibrodisplasia ossificans progresiva after they tried to remove a lump on his neck. the doctors at our hospital admit theyve never seen it before. is there anyone anywhere who actually specializes in this?? we are in ohio',
    focus: 'Fibrodysplasia ossificans progressiva',
    types: ['find_specialist'],
  },
  // why: asks only what the syndrome is -> information; the gene is story, not asked
  {
    message:
      'Our genetics report came back saying SETBP1 variant consistent with Schinzel-Giedion syndrome. The geneticist is on leave for two weeks. What is this syndrome?',
    focus: 'Schinzel-Giedion syndrome',
    types: ['information'],
  },
  // why: studies and trials -> research; the rest is a plea
  {
    message:
      'are there any studies or trials for stuve wiedemann syndrome anywhere in the world. our daughter is 2 and we would travel anywhere, sign up for anything',
    focus: 'Stuve-Wiedemann syndrome',
    types: ['research'],
  },
  // why: how long children live -> prognosis; condition named only in the subject
  {
    subject: 'Menkes disease - grandson',
    message:
      "Our grandson Leo is 7 months old and was diagnosed last week. His parents won't talk about it and I don't want to push them. How long do children with this usually live? I need to be prepared.",
    focus: 'Menkes disease',
    types: ['prognosis'],
  },
  // why: foods to avoid is diet -> lifestyle; the school bullying is story
  {
    message:
      'my daughter is 14 and has trimethylaminuria (fish odour syndrome). the other kids at school are horrible to her. which foods should she avoid to keep the smell down',
    focus: 'Trimethylaminuria',
    types: ['lifestyle'],
  },
  // why: preventing or delaying onset in a mutation carrier -> prevention (asked twice in other words)
  {
    message:
      'i tested positive for the PRNP mutation that causes fatal familial insomnia in my family. im 29. is there anything at all i can do to prevent it or at least delay it from starting',
    focus: 'Fatal familial insomnia',
    types: ['prevention'],
  },
  // why: whether his signs could be it -> diagnosis
  {
    message:
      "My husband's urine goes dark, almost black, if it sits in the toilet for a while, and at 45 he has terrible back and knee pain and blueish spots on his ears. I read about alkaptonuria online. Could this be it? His GP just laughed at me.",
    focus: 'Alkaptonuria',
    types: ['diagnosis'],
  },
  // why: why it happens to a baby -> cause; no exposure is named, so no association
  {
    message:
      "My sister's baby was born 3 days ago with harlequin ichthyosis, he is in the NICU. She keeps blaming herself. Why does this happen to a baby??",
    focus: 'Harlequin ichthyosis',
    types: ['cause'],
  },
  // why: which gene -> genetic_changes
  {
    message: 'Which gene is affected in Kindler syndrome?',
    focus: 'Kindler syndrome',
    types: ['genetic_changes'],
  },
  // why: the chance a relative (the writer) has it -> inheritance
  {
    message:
      'My father died of Gerstmann-Straussler-Scheinker disease at 52 and his brother also had it. I am 31. What is the chance that I have it too',
    focus: 'Gerstmann-Straussler-Scheinker disease',
    types: ['inheritance'],
  },
  // why: medicine or therapy that can help -> treatment; second-language English, signs are story
  {
    message:
      'Hello, my son 3 years old have Alexander disease, diagnose last month in Cairo. He have seizures and his head is big. Please which medicine or therapy can help him? Thank you very much and God bless you',
    focus: 'Alexander disease',
    types: ['treatment'],
  },
  // why: what happens if left untreated -> complications
  {
    subject: 'cerebrotendinous xanthomatosis',
    message:
      "My cousin (26) was diagnosed after they found lumps on both her achilles tendons and she had cataracts young. She is scared of taking pills for the rest of her life and says she will just skip it. What happens if she doesn't get treated?",
    focus: 'Cerebrotendinous xanthomatosis',
    types: ['complications'],
  },
  // why: timing with meals is how to take the medicine -> drug_usage; focus is the medicine
  {
    message:
      'Should miglustat be taken with meals or in between? My son takes it for Niemann-Pick type C and the leaflet we got is confusing.',
    focus: 'miglustat',
    types: ['drug_usage'],
  },
  // why: shelf life once opened and fridge vs cupboard are both storage -> storage_disposal
  {
    message:
      "once you open the tub of betaine powder how long is it good for? and does it have to be kept in the fridge or just a cupboard. its for my daughter's homocystinuria",
    focus: 'betaine',
    types: ['storage_disposal'],
  },
  // why: support group / other families -> find_specialist; feeling alone is story
  {
    message:
      'Is there a support group or other families for CIPA (congenital insensitivity to pain with anhidrosis)? our son is 4 and we dont know a single other family with it. we feel so alone',
    focus: 'Congenital insensitivity to pain with anhidrosis',
    types: ['find_specialist'],
  },
  // why: what it is -> information; whether she will talk or walk -> prognosis
  {
    message:
      'hi my baby girl (18 months) just got diagnosed with pitt hopkins syndrome. what is it exactly? will she ever talk or walk',
    focus: 'Pitt-Hopkins syndrome',
    types: ['information', 'prognosis'],
  },
  // why: passed down in families -> inheritance; whether the brother should be tested -> diagnosis
  {
    message:
      "Our daughter has Costello syndrome. Is it something that's passed down in families? Her little brother is 8 months - should we get him tested?",
    focus: 'Costello syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: should she be tested -> diagnosis; trials of treatments -> research
  {
    subject: 'could it be Wolfram??',
    message:
      'Our daughter got type 1 diabetes at 6, now at 11 the eye doctor says her optic nerves are pale and her vision is getting worse. I found wolfram syndrome online and it fits. Should she be tested for it? And if it is Wolfram, are there any trials of treatments?',
    focus: 'Wolfram syndrome',
    types: ['diagnosis', 'research'],
  },
  // why: whether sunburn comes from the drug -> side_effects; grapefruit juice with it -> interactions
  {
    message:
      'My husband has Erdheim-Chester disease and started vemurafenib (Zelboraf) 3 weeks ago. He gets badly burned in the sun after only 10 minutes now - is that from the vemurafenib? Also he loves grapefruit juice in the morning, is that ok with it?',
    focus: 'vemurafenib',
    types: ['side_effects', 'interactions'],
  },
  // why: how rare -> frequency; which gene -> genetic_changes
  {
    message:
      "How rare is progeria really? And which gene is it? I'm doing a school project because a boy in my town has it",
    focus: 'Hutchinson-Gilford progeria syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  // why: is there a cure -> treatment; a test for the older sibling -> diagnosis
  {
    message:
      "our second son was just diagnosed with krabbe, he's 5 months. is there any cure? our first baby is fine but we were told newborn screening in our state doesn't test for it - is there a test we can do on the older one to be sure",
    focus: 'Krabbe disease',
    types: ['treatment', 'diagnosis'],
  },
  // why: higher risk of tumors -> complications; doctors who know it -> find_specialist
  {
    message:
      "My son (9) has Proteus syndrome, mainly his left foot and hand. Does it make him more likely to get tumors? and are there doctors in the UK who know about it, our local hospital doesn't.",
    focus: 'Proteus syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: sleeping away from home is daily life -> lifestyle; insurance paying for a nurse -> other
  {
    message:
      "My daughter has CCHS (congenital central hypoventilation syndrome) and is on the ventilator every night through her trach. She's been invited to her first sleepover. is it ever safe for her to sleep somewhere else? also does anyone know if insurance will pay for a night nurse, we are exhausted",
    focus: 'Congenital central hypoventilation syndrome',
    types: ['lifestyle', 'other'],
  },
  // why: whether it is the same as another condition -> information; any treatment -> treatment
  {
    message:
      'is alpha-mannosidosis the same as hurler syndrome? they sound similar to me. And is there any treatment for it',
    focus: 'Alpha-mannosidosis',
    types: ['information', 'treatment'],
  },
  // why: Epidiolex with clobazam -> interactions; whether it contains sesame oil -> ingredients
  {
    message:
      "Our daughter (7) has ring chromosome 20 syndrome with seizures nothing controls. Neuro wants to try Epidiolex. Can she take it together with her clobazam? She's also allergic to sesame, does it have sesame oil in it?",
    focus: 'cannabidiol',
    types: ['interactions', 'ingredients'],
  },
  // why: how the medicine works -> indication; safety in pregnancy -> contraindications
  {
    message:
      'My 17 yr old daughter has Gorham-Stout disease in her ribs and spine. The doctors just put her on sirolimus. How does it actually work for the bone? And she has a boyfriend now... is it safe if she gets pregnant while taking it?',
    focus: 'sirolimus',
    types: ['indication', 'contraindications'],
  },
  // why: a named exposure (wine) asked as its cause -> association; chance for next baby -> inheritance
  {
    message:
      'our daughter was diagnosed with aicardi syndrome at 4 months. i drank a few glasses of wine before i knew i was pregnant. could that have caused it? and what are the chances our next baby will have it too',
    focus: 'Aicardi syndrome',
    types: ['association', 'inheritance'],
  },
  // why: whether the biting belongs to the disease -> symptoms; what can be done about it -> treatment
  {
    message:
      'My grandson has Lesch-Nyhan. He bites his lips and fingers until they bleed. Is this part of the disease or is he doing it for attention? What can be done about it, do the mouth guards help?',
    focus: 'Lesch-Nyhan syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: playing football -> lifestyle; new treatments being researched -> research
  {
    message:
      'My son is 11 with cystinosis. Can he play football with his team? he gets tired quickly. Are there any new treatments being researched, the cysteamine every 6 hours is hard for all of us',
    focus: 'Cystinosis',
    types: ['lifestyle', 'research'],
  },
  // why: what kind of doctor -> find_specialist; whether her kids inherited it -> inheritance
  {
    message:
      "I'm 38 and was finally diagnosed with hypophosphatasia after 6 broken metatarsals and losing teeth early. What kind of doctor should be following me? Could my two kids have inherited it?",
    focus: 'Hypophosphatasia',
    types: ['find_specialist', 'inheritance'],
  },
  // why: life expectancy -> prognosis; detection in pregnancy -> diagnosis; support group -> find_specialist
  {
    message:
      "Our baby girl has Zellweger syndrome. She is 2 months old and very floppy, not feeding. What is the life expectancy? We want more children - can it be detected during pregnancy? And is there a support group for parents, I haven't met anyone who has even heard of it.",
    focus: 'Zellweger syndrome',
    types: ['prognosis', 'diagnosis', 'find_specialist'],
  },
  // why: heart problems later -> complications; dancing -> lifestyle; which mutation -> genetic_changes
  {
    subject: 'KSS and dancing',
    message:
      'my girlfriend was diagnosed with kearns sayre syndrome at 19. her eyelids droop and she cant move her eyes much. 1) can it cause heart problems later 2) she is a dancer, can she keep dancing 3) is it a gene thing or a mitochondria thing, which mutation is it',
    focus: 'Kearns-Sayre syndrome',
    types: ['complications', 'lifestyle', 'genetic_changes'],
  },
  // why: two conditions; whether they are the same -> information; gene therapy trials -> research; main one is Sanfilippo
  {
    message:
      'Our son has Sanfilippo syndrome (MPS IIIA). Another mum at the hospital whose girl has Batten disease told me they are basically the same thing. Are they? And are there any gene therapy trials open for Sanfilippo?',
    focus: 'Sanfilippo syndrome',
    types: ['information', 'research'],
  },
  // why: two conditions; telling them apart -> diagnosis; outlook -> prognosis; main suspected one is Canavan
  {
    message:
      "Our son is 5 months, his head is growing too fast and he can't hold it up. MRI shows white matter problems and the neurologist says it's probably Canavan disease but could be Pelizaeus-Merzbacher. How do they tell which one it is? If it's Canavan, what's the outlook?",
    focus: 'Canavan disease',
    types: ['diagnosis', 'prognosis'],
  },
  // why: typical behaviours -> symptoms; supporting him in class -> lifestyle (school); help for sleep -> treatment
  {
    message:
      "Hello, I'm a year 2 teacher and next term I'll have a pupil with Smith-Magenis syndrome in my class. What behaviours are typical of it? How can I best support him in the classroom? Mum also mentioned he hardly sleeps at night - is there anything doctors can do for the sleep?",
    focus: 'Smith-Magenis syndrome',
    types: ['symptoms', 'lifestyle', 'treatment'],
  },
  // why: what it is -> information; other treatments -> treatment; full recovery -> prognosis; other children -> inheritance
  {
    message:
      'Dear team, our daughter Amira (5) suddenly became confused, could not walk or swallow after a fever last month. After MRI and genetic tests the doctors in Riyadh said biotin-thiamine responsive basal ganglia disease. She is now on biotin and thiamine and improving slowly. I am writing because the information we got was very little. What is this disease exactly? Are the vitamins the only treatment or is there something else? Will she recover completely and be normal again? My husband and I are cousins, what are the chances our other children have it?',
    focus: 'Biotin-thiamine-responsive basal ganglia disease',
    types: ['information', 'treatment', 'prognosis', 'inheritance'],
  },
  // why: daily dose -> drug_usage; whether yellow urine is from it -> side_effects; with multivitamin -> interactions
  {
    message:
      'my son has riboflavin transporter deficiency (brown vialetto van laere). how much riboflavin should he take each day, the neurologist said high dose but we dont know how high. his pee is bright yellow since he started, is that from the riboflavin? can he take it with his multivitamin at the same time?',
    focus: 'riboflavin',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: what causes it -> cause; whether HIV raises the risk -> susceptibility; specialist centres -> find_specialist
  {
    message:
      'My mom (58) was diagnosed with multicentric Castleman disease after months of fevers and swollen lymph nodes. What causes it? She has been HIV positive for many years, does that make it more likely to get? Are there specialist centres for it in Europe? We live in Portugal.',
    focus: 'Multicentric Castleman disease',
    types: ['cause', 'susceptibility', 'find_specialist'],
  },
  // why: keeping syringes cold -> storage_disposal; missed dose -> drug_usage; lumps at injection site -> side_effects
  {
    message:
      "Our 10 month old has NOMID and just started Kineret injections every day. We're flying to see her grandparents next month - how do we keep the syringes cold for a 9 hour flight? What if we miss a dose because of the time difference? Also she gets red itchy lumps where we inject, is that normal from the kineret?",
    focus: 'anakinra',
    types: ['storage_disposal', 'drug_usage', 'side_effects'],
  },
  // why: how rare -> frequency; operations -> treatment; whether learning problems belong to it -> symptoms
  {
    message:
      'our granddaughter was born with freeman sheldon syndrome (they called it whistling face). is it very rare? will she need lots of operations on her hands and feet? and does it cause learning problems too or is it just the muscles and bones',
    focus: 'Freeman-Sheldon syndrome',
    types: ['frequency', 'treatment', 'symptoms'],
  },
];
