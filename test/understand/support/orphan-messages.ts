/**
 * "orphan" set: 40 messages from patients, parents, partners and relatives asking a rare-disease desk about
 * treatments: enzyme replacement and gene therapies, new targeted medicines, off-label use, home infusions,
 * trials and early access, stopping treatment, and managing conditions that have no medicine. 15 messages have
 * a named medicine as focus (often with a rare condition named alongside as a distractor); 25 are about a
 * condition (brand names that are not in the knowledge base appear only as story). 14 have a subject line,
 * several of which carry the name while the message says only "it". Lengths range from one line to a long
 * paragraph.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.975, type F1 0.755 (see BENCHMARKS.md).
 * Scored by orphan.test.ts and by `npx tsx test/understand/support/score-messages.ts --orphan --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ORPHAN_MESSAGES: ConsumerMessage[] = [
  {
    // "is that from the miglustat" = side_effects; "cut out sugar and bread while taking it" = interactions (food).
    message:
      "My dad (68) has Gaucher type 1 and can't do the fortnightly infusions anymore because his veins are shot, so his specialist switched him to miglustat capsules. Three weeks in and he has awful diarrhoea and wind and he's lost nearly 3 kilos. Is that from the miglustat? Someone on a forum said he has to cut out sugar and bread while he's taking it, is that true?",
    focus: 'miglustat',
    types: ['side_effects', 'interactions'],
  },
  {
    // "can it be given at home" + "what would happen if I stopped it" = drug_usage; "safe while trying for a baby" = contraindications.
    message:
      'I have PNH and have been on eculizimab every 2 weeks for 6 yrs. The infusion centre is 2 hours away each way. Can it be given at home by a nurse instead? What would happen if I stopped it for a couple of months? We are trying for a baby and I want to know if it is safe to stay on it while trying and during pregnancy.',
    focus: 'eculizumab',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "approved for babies this young or only older children" = indication; "how would she take it" = drug_usage.
    subject: 'ivacaftor for a baby?',
    message:
      "Our daughter was picked up on the heel prick test and has CF with one gating mutation (G551D) and one F508del. She is 5 months old. The CF nurse mentioned ivacaftor at our last clinic. Is it approved for babies this young, or only for older children? And how would she even take it when she can't swallow tablets?",
    focus: 'ivacaftor',
    types: ['indication', 'drug_usage'],
  },
  {
    // "what does it actually do" = indication; "dissolved in water, with food" = drug_usage; "with his ADHD medicine" = interactions.
    message:
      'Hi, my son is 9 and has PKU. His metabolic clinic wants to do a 4 week trial of sapropterin to see if he is a responder. What does sapropterin actually do? Does it have to be dissolved in water and taken with food, and at what time of day? He also takes methylphenidate for ADHD, is it ok to take both together?',
    focus: 'sapropterin',
    types: ['indication', 'drug_usage', 'interactions'],
  },
  {
    // "mix it into juice instead of water" = drug_usage; "left in a hot car, still use or throw out" = storage_disposal.
    subject: 'Betaine powder',
    message:
      "My daughter (14) has homocystinuria, the kind that doesn't respond to B6, and she takes betaine powder twice a day. She hates the taste. Is it okay to mix it into orange juice instead of water? Also the tub got left in a hot car on holiday and the powder has gone hard and lumpy, can we still use it or should we throw it away?",
    focus: 'betaine',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "feeling sick and very tired, is that the riluzole" = side_effects; "a glass of wine, does that matter with it" = interactions.
    message:
      "my husband was diagnosed with ALS in march. neurologist started him on riluzole, we were told it only slows things down a bit and there's not much else they can offer. since starting he feels sick and is very very tired - is that the riluzole? also he likes a glass or two of wine in the evening, does that matter with it",
    focus: 'riluzole',
    types: ['side_effects', 'interactions'],
  },
  {
    // "affect his growth or fertility" = side_effects; "forever or can he stop" = drug_usage; "ok to handle the capsules while pregnant" = contraindications.
    message:
      "Our 2 year old has sickle cell (HbSS) and the haematologist wants to start hydroxyurea after his second chest crisis. I read it's a chemotherapy drug which really scares me. Will it affect his growth or his fertility later on? Does he have to take it forever or can he stop when he's older? I'm also 20 weeks pregnant with our second and I'd be the one opening the capsules into his yoghurt, is it safe for me to handle them?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  {
    // "mouth ulcers, is this normal with everolimus" = side_effects; "grapefruit juice, is that a problem" = interactions.
    subject: 'TSC - everolimus',
    message:
      "My 11 yr old with tuberous sclerosis complex started everolimus 2 months ago for the SEGA in his brain and the growths on his kidneys. Now he has mouth ulcers constantly, so bad some days he won't eat. Is this normal with everolimus? Also his nan gives him grapefruit juice every time he stays over, is that a problem with it?",
    focus: 'everolimus',
    types: ['side_effects', 'interactions'],
  },
  {
    // "interact with her other epilepsy meds" = interactions; "what's in it, sesame oil, THC" = ingredients.
    message:
      "My daughter has Dravet syndrome and her neurologist is adding cannabidiol (the prescription oral solution, not the shop stuff) to her clobazam and stiripentol. Does cannabidiol interact with her other epilepsy medicines? And what is actually in it? She has a sesame allergy and I heard the liquid is made with sesame oil. Does it have any THC in it?? She's 7!",
    focus: 'cannabidiol',
    types: ['interactions', 'ingredients'],
  },
  {
    // "can damage vision, how common, how would we know in a baby" = side_effects; "how long on it, can it be stopped suddenly" = drug_usage.
    subject: 'Vigabatrin and eyes',
    message:
      'Our 6 month old was diagnosed with infantile spasms last week and started on vigabatrin. The spasms have almost stopped which is amazing, but the leaflet says it can damage vision permanently. How common is that and how would we even know in a baby? How long will she have to stay on it, and can it be stopped suddenly if we get worried?',
    focus: 'vigabatrin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "red itchy lumps where I inject, is that normal" = side_effects; "does it have to stay in the fridge on a long flight" = storage_disposal.
    message:
      "I'm 34 and was diagnosed with adult-onset Still's disease after months of fevers and a salmon coloured rash. I now inject anakinra every day. The injection sites come up in red, itchy lumps the size of a coin that last for days. Is that normal? I'm flying to Australia for 3 weeks in June - does anakinra have to stay in the fridge the whole time, and what do I do on a 24 hour journey?",
    focus: 'anakinra',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "how long before meals should I take it" = drug_usage; "stomach cramps from it, does that go away" = side_effects.
    message:
      'How long before meals should I take pyridostigmine? I have myasthenia gravis and chewing gets hard by the end of dinner. I also get stomach cramps and the runs from it, does that settle down?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "not feeding, should we still give the dose" = drug_usage; "can it make her wheezy" = side_effects.
    message:
      "Our baby girl is 10 weeks old and has a fast growing hemangioma over her left eye, the dermatologist has started her on propranolol syrup twice a day. She has a cold at the moment and isn't feeding well. Should we still give the dose if she hasn't fed? We were warned about low blood sugar. Also can propranolol make her wheezy? Her chest sounds rattly tonight.",
    focus: 'propranolol',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "are these from the vemurafenib" = side_effects; "what is it normally used for" = indication; "take a break over the summer" = drug_usage.
    message:
      "My husband (61) has Erdheim-Chester disease with the BRAF V600E mutation and started vemurafenib 2 months ago. It seems to be shrinking the disease around his kidneys, but he burns within minutes in the sun, has a rough bumpy rash and his knees ache. Are these from the vemurafenib? His oncologist says it is used 'off label' for ECD here - what is it normally used for? Could he take a break from it over the summer holidays?",
    focus: 'vemurafenib',
    types: ['side_effects', 'indication', 'drug_usage'],
  },
  {
    // "can the infusions be done safely at home" = drug_usage; "ok to get pregnant on it" = contraindications; "alcohol the evening after" = interactions.
    subject: 'Remicade at home',
    message:
      "I'm 27 and have Crohn's disease, on Remicade every 8 weeks in the hospital day unit. My insurer says it can now be given at home by a visiting nurse. Can Remicade infusions really be done safely at home, or is hospital better? We'd like to start a family next year, is it ok to get pregnant while I'm on it? And is it fine to have a drink the evening after an infusion?",
    focus: 'Remicade',
    types: ['drug_usage', 'contraindications', 'interactions'],
  },
  {
    // "can the enzyme replacement be done at home" = treatment; "will it stop my breathing getting worse" = prognosis.
    message:
      "I'm 45 and was diagnosed with late onset Pompe's disease last year after years of being told I just had a weak back. I've started enzyme replacement every 2 weeks, each session is about 5 hours in hospital plus travel, and I've used up all my leave at work. Can the enzyme replacement for Pompe's disease be done at home? Will it stop my breathing from getting worse, or only slow it down?",
    focus: "Pompe's disease",
    types: ['treatment', 'prognosis'],
  },
  {
    // "difference between the infusions and the tablet" = treatment; "could the girls have it too" = inheritance; "should they be tested" = diagnosis.
    subject: 'Fabry disease - husband just diagnosed',
    message:
      "My husband (39) was finally diagnosed after 20 years of burning pain in his hands and feet and not being able to sweat. His doctors say he should start infusions every two weeks, or possibly a tablet if his mutation is 'amenable'. What is the difference between these two treatments? We have two daughters (8 and 11). Could they have it too even though they're girls, and should they be tested now?",
    focus: 'Fabry disease',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  {
    // "which one works better" = treatment; "will he sit and walk" = prognosis; "chances for a future baby" = inheritance.
    subject: 'SMA type 1 baby - gene therapy or Spinraza?',
    message:
      'Our son was diagnosed at 3 weeks old through newborn screening, he has 2 copies of SMN2 so they say he will most likely be type 1. The team are offering either the one-time gene therapy infusion or the injections into the spine every 4 months. Which one works better for babies like him? If he gets treated this early will he be able to sit and walk? We also want to know what the chances are for any future baby.',
    focus: 'SMA type 1',
    types: ['treatment', 'prognosis', 'inheritance'],
  },
  {
    // "anything for his particular deletion" = treatment; "trials he could join" = research; "how long before a wheelchair" = prognosis.
    message:
      'my grandson has DMD, a deletion of exons 45 to 50 i think. He is 6 and just starting on steroids, his mum is struggling. I have been reading about exon skipping and the gene therapy they give in America. Is there anything for his particular deletion? are there any trials he could join in the UK? how long before he will need a wheelchair',
    focus: 'DMD',
    types: ['treatment', 'research', 'prognosis'],
  },
  {
    // "trials of treatments that reach the brain" = research; "what would happen if we stopped the infusions" = complications (left untreated).
    message:
      "Our son Leo (7) has Hunter syndrome and has had weekly enzyme infusions since he was 2. It has really helped his liver, his joints and his breathing, but his speech and behaviour are going backwards and we've been told the enzyme doesn't get into the brain. Are there any trials of treatments that do reach the brain? We are exhausted by the weekly hospital trips and are honestly thinking about stopping. What would happen to him if we stopped the infusions?",
    focus: 'Hunter syndrome',
    types: ['research', 'complications'],
  },
  {
    // "is there any treatment / is the brain enzyme available for her" = treatment; "how long do children live" = prognosis.
    message:
      "Is there any treatment for Batten's disease? My niece is 4, it's the late-infantile type, she started having seizures and is losing her words. Her parents heard about an enzyme that is put into the brain through a port every two weeks - is that available for her? How long do children with it usually live?",
    focus: "Batten's disease",
    types: ['treatment', 'prognosis'],
  },
  {
    // "is the antibody injection given to adults" = treatment; "are the abscesses and stiffness part of XLH" = symptoms.
    message:
      'Adult with XLH here (52). Spent my childhood on phosphate drinks and calcitriol and had both legs straightened. Now I get tooth abscesses one after another and my hips and spine are stiff and painful. Is the new monthly antibody injection given to adults too or only to children? Are the abscesses and the stiffness part of XLH?',
    focus: 'XLH',
    types: ['treatment', 'symptoms'],
  },
  {
    // "how rare" = frequency; "which gene" = genetic_changes; "injections for life, can we do them at home" = treatment; "next baby" = inheritance.
    subject: 'HPP in newborn',
    message:
      "Our baby girl was born with very soft bones and two fractures, and after lots of tests they told us it is hypophosphatasia. She is now getting injections six days a week. How rare is this? Which gene is involved? Will she need the injections for the rest of her life, and can we learn to give them at home? We'd like more children - will our next baby have it too?",
    focus: 'hypophosphatasia',
    types: ['frequency', 'genetic_changes', 'treatment', 'inheritance'],
  },
  {
    // "trials for people with no modulator option" = research; "life expectancy for someone like me" = prognosis.
    message:
      "I'm 24 with cystic fibrosis and two rare nonsense mutations, so none of the modulators work for me. Everyone in my clinic is doing amazingly on the triple therapy and I'm still doing nebs and physio 3 hours a day and in hospital for IVs twice a year. Are there any trials for people like me with no modulator option - gene therapy, mRNA, anything? And honestly, what is the life expectancy now for someone in my situation?",
    focus: 'cystic fibrosis',
    types: ['research', 'prognosis'],
  },
  {
    // "does it reverse the damage or only stop it" = treatment; "chances we carry the same gene" = inheritance; "when should we get checked" = diagnosis.
    message:
      'My father (70) has hereditary transthyretin amyloidosis (the V30M one). He has numbness in his feet and his heart wall is getting thicker. He now gets an injection every 3 months that is meant to silence the gene. Does the treatment reverse the damage already done, or only stop it getting worse? My brother and I are in our 40s. What are the chances we carry the same gene, and at what age should we get checked?',
    focus: 'transthyretin amyloidosis',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  {
    // "what happens if it goes untreated for a few months" = complications; "avoid chocolate, shellfish, mushrooms" = lifestyle.
    message:
      "Hi. 19F, diagnosed with Wilson's disease at 15. The first medicine gave me horrible skin problems so I was moved onto a different tablet, and now at uni I keep forgetting doses or just don't bother. Honestly, what happens if Wilson's disease goes untreated for a few months? And do I really still have to avoid chocolate, shellfish and mushrooms forever??",
    focus: "Wilson's disease",
    types: ['complications', 'lifestyle'],
  },
  {
    // "clinical trials or early access programmes" = research; "what can be done for his swallowing" = treatment.
    subject: 'Niemann-Pick disease type C - early access?',
    message:
      'My brother (22) has it, diagnosed 2 years ago after years of clumsiness and trouble moving his eyes up and down. He has been on miglustat but he keeps getting worse and now swallowing is a real problem. We read that a newer medicine was approved in the US last year. Are there any clinical trials or early access programmes in Europe he could get into? Apart from medicines, what can be done to help his swallowing and keep him safe when eating?',
    focus: 'Niemann-Pick disease type C',
    types: ['research', 'treatment'],
  },
  {
    // "what helps day to day when there's no cure" = treatment; "is anything else being tested" = research.
    message:
      "My mum has Huntington's disease, she's 58 and the movements are getting bad, she's dropping things and fell twice this month. I know there's no medicine that stops it. But what actually helps day to day when there is no cure - for the jerky movements and the mood swings and irritability? I saw that one of the big gene-silencing trials was stopped, is anything else being tested?",
    focus: "Huntington's disease",
    types: ['treatment', 'research'],
  },
  {
    // "what can stop the attacks" = prevention; "will he grow out of it" = prognosis; "rugby, school trip" = lifestyle.
    subject: 'HAE in a teenager',
    message:
      "Our son is 15 and has hereditary angioedema. He's having swellings about twice a month, once in his throat which was terrifying, and his team want to start preventive infusions at home that we'd have to learn to do. Is that the only way to stop the attacks, we've heard there's a tablet now? Will he grow out of it as an adult? He plays rugby and has a school ski trip in February, is it safe for him to do both?",
    focus: 'hereditary angioedema',
    types: ['prevention', 'prognosis', 'lifestyle'],
  },
  {
    // "any medicine for FOP in children" = treatment; "how do we stop flare-ups" = prevention.
    message:
      'Our 5 year old daughter has just been diagnosed with FOP. The doctors noticed her big toes, then a lump on her back turned to bone. We are devastated. Is there any medicine for FOP in children her age? We were told no injections, no biopsies and to avoid falls - but how do we prevent flare-ups in a 5 year old who loves climbing everything?',
    focus: 'FOP',
    types: ['treatment', 'prevention'],
  },
  {
    // "is the new drug available for under 16s" = treatment; "can it damage the heart" = complications.
    message:
      "Is the new Friedreich's ataxia drug available for under 16s? My daughter is 13 and already uses a wheelchair outside. Can Friedreich's ataxia damage the heart? Her cardiologist mentioned a thick heart wall.",
    focus: "Friedreich's ataxia",
    types: ['treatment', 'complications'],
  },
  {
    // "can the baby be tested" = diagnosis; "could he get the gene therapy before symptoms" = treatment; "where in Europe is this done" = find_specialist.
    subject: 'metachromatic leukodystrophy in my nephew - what about his baby brother?',
    message:
      "My nephew (4) was diagnosed with MLD after he started falling over and lost his walking within a few months. We've been told it's too late for the gene therapy for him. His little brother is 8 months and seems completely fine. Can the baby be tested? If he has MLD too, could he get the gene therapy before any symptoms start? Where in Europe is this done?",
    focus: 'MLD',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  {
    // "creams, gels or gene treatments that heal the wounds" = treatment; "specialists in Ireland" + "support group" = find_specialist.
    message:
      "My newborn has epidermolysis bullosa, they think the dystrophic type, her skin comes off with the slightest touch and she has blisters in her mouth. The nurses showed us the wound dressings but it's terrifying, every bath and nappy change. Are there any creams or gels or gene treatments that actually heal the wounds? Who are the specialists in EB in Ireland? Is there a support group for parents",
    focus: 'epidermolysis bullosa',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "what triggers attacks" = cause; "anything to stop them coming back so often" = prevention.
    message:
      "Diagnosed with acute intermittent porphyria at 26 after 3 A&E visits for stomach pain where everyone thought I was drug seeking. I got IV haem in hospital which worked within days. I'm now having attacks almost every month, usually just before my period. What triggers the attacks? Is there anything to stop them coming back so often? I've heard there's a monthly injection for people who get a lot of attacks.",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  {
    // "is there really no treatment" = treatment; "gene therapy trials taking children" = research; "how fast does it progress" = prognosis.
    subject: 'Sanfilipo',
    message:
      "our son is 3 and was diagnosed with sanfilipo type A last month. we've been told there is no treatment and to go home and 'make memories'. is that really true, nothing at all?? are there any gene therapy trials that are taking children his age. how fast does it usually progress",
    focus: 'Sanfilippo syndrome',
    types: ['treatment', 'research', 'prognosis'],
  },
  {
    // "has anyone been cured by gene editing, what does it involve" = treatment; "would the NHS pay for it, what does it cost" = other.
    message:
      "Has anyone actually been cured of sickle cell disease by the new gene editing treatment? I'm 23 (HbSS), I have a crisis every few months even on hydroxyurea. What does it involve, is it like a bone marrow transplant with chemo? Would the NHS pay for it or what does it cost?",
    focus: 'sickle cell disease',
    types: ['treatment', 'other'],
  },
  {
    // "no medicine for it, right" = treatment; "special diet to protect the kidneys" = lifestyle; "will he need a transplant and when" = prognosis.
    message:
      "There's still no medicine for Alport syndrome, is that right? My son is 17, his kidney function is slowly dropping and he's starting to need hearing aids. The nephrologist has him on an ACE inhibitor. Is there a special diet that helps protect his kidneys? Will he definitely need a transplant, and roughly when?",
    focus: 'Alport syndrome',
    types: ['treatment', 'lifestyle', 'prognosis'],
  },
  {
    // "does IVIG work for it" = treatment; "link with my type 1 diabetes" = association; "specialist centres in Canada" = find_specialist.
    subject: 'Stiff person syndrome',
    message:
      "I was finally diagnosed last year (very high anti-GAD). I take diazepam and baclofen but I still get spasms that knock me over if someone startles me. My neurologist mentioned IVIG off-label but it's not approved for it here and my insurance keeps refusing. Does IVIG actually work for it? I've had type 1 diabetes since I was 12 - is there a link between the two? And where are the experts, are there any specialist centres in Canada?",
    focus: 'Stiff person syndrome',
    types: ['treatment', 'association', 'find_specialist'],
  },
  {
    // "is HSCT a real option or still experimental" = treatment.
    message:
      'Is stem cell transplant (HSCT) a real option for aggressive MS now or is it still experimental?',
    focus: 'MS',
    types: ['treatment'],
  },
  {
    // "pump, DBS or gene therapy, which would suit him" = treatment; "how do we find out about trials" = research; "a Parkinson's nurse we can ask" = find_specialist.
    subject: "Parkinson's disease - pump, DBS or gene therapy trial?",
    message:
      'My dad (66) has had it for 8 years and his tablets wear off quicker and quicker, he freezes in doorways. The neurologist mentioned a pump under the skin or deep brain stimulation, and we saw a news story about gene therapy trials. Which of these would suit someone like him? How do we find out about the trials? Is there a specialist nurse we can talk to in the meantime?',
    focus: "Parkinson's disease",
    types: ['treatment', 'research', 'find_specialist'],
  },
];
