/**
 * "choices" set: 40 messages from patients, parents, partners and adult children who face a decision: surgery
 * or waiting, which treatment is better, whether to get a second opinion, have a genetic test or join a trial,
 * whether a supplement, diet or alternative therapy helps, whether to switch or stop a medicine, and telling
 * apart two conditions they were told it might be. Phrased as "should we...", "is it better to...", "pros and
 * cons", "would you recommend". 10 messages have a medicine as focus (several others name medicines but ask
 * about the condition); 15 have a subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.690 (see BENCHMARKS.md).
 * Scored by choices.test.ts and by `npx tsx test/understand/support/score-messages.ts --choices --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CHOICES_MESSAGES: ConsumerMessage[] = [
  {
    // "is it better to operate now or wait" = treatment; "can it get worse over time" = prognosis.
    subject: 'Chiari malformation type 1 - decompression or wait?',
    message:
      'Our daughter is 14 and was diagnosed with it after an MRI for her headaches. The tonsils are 9 mm down but there is no syrinx. One neurosurgeon wants to do decompression surgery this summer, the other says watch and repeat the MRI in a year. Is it better to operate now or wait? If we wait, can it get worse over time?',
    focus: 'Chiari malformation type 1',
    types: ['treatment', 'prognosis'],
  },
  {
    // "would you recommend [thymectomy] at his age" = treatment; "how do we find a neuromuscular center" = find_specialist.
    message:
      'My husband (58) has generalized myasthenia gravis, AChR antibody positive, no thymoma on the CT. He is on pyridostigmine and prednisone and still gets double vision by the evening. His neurologist brought up a thymectomy even though there is no thymoma. Would you recommend that at his age? Honestly we are also thinking about a second opinion at a proper neuromuscular center, how do we find one that really knows MG?',
    focus: 'myasthenia gravis',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "pros and cons of each [bypass]" = treatment; "risk of a stroke if we hold off" = complications (what happens untreated).
    subject: 'surgery options for our son',
    message:
      'Our 6 year old has moya moya disease on both sides. He has had two TIAs where his arm went weak for a few minutes. The surgeons have offered an indirect bypass (EDAS) or a direct bypass. What are the pros and cons of each for a child his age? And what is the risk of a stroke if we hold off surgery for a few months until the school year ends?',
    focus: 'moya moya disease',
    types: ['treatment', 'complications'],
  },
  {
    // "is it better to know / get the predictive test" = diagnosis; "chance my kids get it" = inheritance; "where could I get genetic counseling" = find_specialist.
    message:
      "My mum had Huntingtons disease and I'm 29. I keep going back and forth about whether to get the predictive test. Is it better to know or not? If I test positive, what is the chance my two kids get it too? Is there somewhere I could get genetic counseling before I decide? I don't want to do this alone.",
    focus: 'Huntingtons disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // "venesection at the hospital or just donate blood" = treatment; "should my brothers get tested" = diagnosis.
    message:
      'Just found out I am C282Y homozygous (haemochromatosis), ferritin 640. Is it better to do venesection at the hospital or can I just donate blood instead? And should my two brothers get tested?',
    focus: 'haemochromatosis',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "is [losartan or atenolol] better, or both" = treatment; "keep playing basketball" = lifestyle.
    message:
      'our son (16) has Marfan syndrome, aortic root is 4.1 cm. cardiologist has him on atenolol but I read that losartan works better for marfan. is one better than the other or should he be on both?? also he is desperate to keep playing basketball on the school team, would you recommend he stops',
    focus: 'Marfan syndrome',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "which one is better / can she get both" = treatment; "any trials" = research.
    subject: 'Spinraza or Zolgensma??',
    message:
      'Our baby girl was diagnosed with SMA through newborn screening. She has 2 copies of SMN2 and no symptoms yet. We have to choose between Spinraza and Zolgensma in the next couple of weeks and we are terrified of choosing wrong. Which one is better for a baby like her? Can she get both? Also are there any trials we should know about',
    focus: 'SMA',
    types: ['treatment', 'research'],
  },
  {
    // "should we join the trial or wait" = research; "start steroids now or wait" = treatment.
    message:
      "My son Jake is 7 and has DMD (deletion of exons 45-50). We've been offered a place in a gene therapy trial but it means travelling 300 miles every month and he might get the placebo. Should we join the trial or wait for the treatment to be approved? He isn't on steroids yet either. Is it better to start them now or wait until he starts losing skills?",
    focus: 'DMD',
    types: ['research', 'treatment'],
  },
  {
    // "is the pill as effective as the infusions" = treatment; "is the bone pain from the Gaucher's" = symptoms.
    message:
      "I'm 34 with type 1 Gaucher's disease and have had enzyme infusions every two weeks for 8 years. My hematologist says I could switch to the oral pill (eliglustat) which would make life so much easier. Is the pill as effective as the infusions or is it a step down? I also still get bone pain in my legs, is that from the Gaucher's or could it be something else?",
    focus: "Gaucher's disease",
    types: ['treatment', 'symptoms'],
  },
  {
    // "what happens if he waits, can the kidney damage get worse" = complications; "which treatment would you recommend" = treatment.
    subject: 'Fabry disease - start treatment now or monitor?',
    message:
      "My husband was diagnosed with it at 41, after his brother was found to have it. He has some protein in his urine and burning pain in his feet, but his heart is fine so far. The specialist says he could start enzyme replacement now, or the pill migalastat if his mutation is 'amenable', or we could wait and monitor. What happens if he waits, can the kidney damage get worse? Which of the treatments would you recommend?",
    focus: 'Fabry disease',
    types: ['complications', 'treatment'],
  },
  {
    // "what's the difference, how do they decide / should I pay for genetic testing" = diagnosis; "does it matter for treatment" = treatment.
    message:
      "I'm 24 and I've been told I either have hypermobile EDS (hEDS) or hypermobility spectrum disorder, the rheumatologist couldn't decide. What is actually the difference and how do they decide? Should I pay for genetic testing for Ehlers-Danlos or is that pointless for the hypermobile type? And does the label even matter for treatment, or is it physio either way?",
    focus: 'Ehlers-Danlos',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "how do they tell the difference" = diagnosis; "will he get back to normal or is it lifelong" = prognosis; "keep doing IVIG or switch to steroids" = treatment.
    subject: 'Guillain-Barre or CIDP?',
    message:
      'My dad (67) was diagnosed with Guillain-Barre in March. He got IVIG and improved, then got worse again, twice. Now the neurologist says it might actually be CIDP. How do they tell the difference? If it is CIDP, will he ever get back to normal or is it lifelong? And is it better to keep doing IVIG or switch to steroids?',
    focus: 'CIDP',
    types: ['diagnosis', 'prognosis', 'treatment'],
  },
  {
    // "do long-term antibiotics actually help" = treatment; "see an infectious disease specialist for another opinion" = find_specialist.
    message:
      "I was treated for Lyme disease with 3 weeks of doxycycline last year, but I still have joint pain and I'm exhausted all the time. A 'Lyme literate' doctor wants to put me on months of IV antibiotics plus an herbal protocol that costs thousands. My GP says there's no evidence for it. Do long-term antibiotics actually help? Would it be smarter to see an infectious disease specialist for another opinion first?",
    focus: 'Lyme disease',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "which approach is better long term" = treatment; "does diet help MS" = lifestyle (diet).
    subject: 'which MS treatment to start with?',
    message:
      'Newly diagnosed with relapsing remitting MS at 31. My neurologist is giving me the choice between starting on one of the older injections and stepping up if needed, or going straight to ocrelizumab. Which approach is better in the long run? Also I keep reading about the Wahls protocol and keto. Is there any real evidence that a diet helps MS?',
    focus: 'MS',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "is the biopsy necessary / keep her eating gluten until the test" = diagnosis; "is it hereditary" = inheritance.
    message:
      'My 9yo daughter has had tummy aches for months and her blood test showed a raised tTG. The GI doctor wants to do an endoscopy to confirm coeliac disease. Is the biopsy really necessary or could we just go gluten free and see? Should we keep her eating gluten until the test? Is it hereditary? Her little brother has tummy trouble too.',
    focus: 'coeliac disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "is one safer at my age" = treatment; "how likely is the pain to come back after each" = prognosis.
    subject: 'TN - MVD vs gamma knife',
    message:
      "I've had trigeminal neuralgia for 6 years. Tegretol worked at first but now I'm on 1200 mg a day, I feel drunk all day and the pain still breaks through. I've been offered microvascular decompression or gamma knife. I'm 72. Is one safer than the other at my age? How likely is the pain to come back after each one?",
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'prognosis'],
  },
  {
    // "is surgery really better than the injections" = treatment; "will my hands and face go back to normal" = prognosis.
    message:
      "Diagnosed with acromegally last month, pituitary macroadenoma 1.4 cm. My endocrinologist is pushing for surgery first but I'm scared of brain surgery and asked about just doing the monthly injections instead. Is surgery really better? Will my hands and face go back to normal after treatment?",
    focus: 'acromegaly',
    types: ['treatment', 'prognosis'],
  },
  {
    // "does turmeric or vitamin D help" = treatment; "does it go away on its own" = prognosis.
    message:
      "hi, I have pulmonary sarcoidosis stage 2, the doctor wants to start prednisone but I'd rather try natural things first. does turmeric or vitamin D or anything like that help with sarcoid? and does it sometimes just go away on its own without treatment? thanks",
    focus: 'sarcoidosis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "risk of cancer if he waits a year" = complications (untreated); "which operation is better" = treatment; "play rugby and live normally" = lifestyle.
    subject: 'when to do the colectomy',
    message:
      'Our son is 17 and has FAP (APC mutation, same as his father). His last colonoscopy showed over 100 polyps, the biggest 8 mm. The surgeon says we could do the colectomy now or after his first year at university. What is the risk of cancer if he waits a year? Which operation is better, keeping the rectum (IRA) or the pouch? And would he still be able to play rugby and live a normal life afterwards?',
    focus: 'FAP',
    types: ['complications', 'treatment', 'lifestyle'],
  },
  {
    // "surgery now or keep screening / does aspirin lower the cancer risk" = prevention; "how often colonoscopies" = diagnosis (screening).
    subject: 'preventive surgery?',
    message:
      "I have Lynch syndrome (MSH2). I'm 38 and done having kids. My gynecologist says I should consider removing my uterus and ovaries to prevent cancer, but I'm worried about going into menopause so early. Is it better to have the surgery now or keep doing yearly checks? Does taking aspirin really lower the cancer risk? And how often should I be having colonoscopies?",
    focus: 'Lynch syndrome',
    types: ['prevention', 'diagnosis'],
  },
  {
    // "pros and cons of dilation, Heller, POEM" = treatment; "increased risk of oesophageal cancer" = complications.
    message:
      "I'm 45 and was diagnosed with achalasia type 2 after a year of food getting stuck. I've been offered 3 options: pneumatic dilation, Heller myotomy or POEM. What are the pros and cons of each?? I'm leaning towards POEM because there are no cuts. Also, is there an increased risk of oesophageal cancer long term with achalasia?",
    focus: 'achalasia',
    types: ['treatment', 'complications'],
  },
  {
    // "does Schroth work as well as a brace" = treatment; "will the curve keep getting worse after she stops growing" = prognosis.
    message:
      'Daughter is 12, scoliosis 28 degrees, still growing (Risser 0). Ortho says a brace 18 hours a day. She is refusing and crying every night and we have read about Schroth exercises instead. Does Schroth work as well as a brace? Will the curve keep getting worse after she stops growing?',
    focus: 'scoliosis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "is [pamidronate] recommended this early" = treatment; "will she be able to walk" = prognosis.
    message:
      'our baby has OI type 3, 5 fractures already at 4 months old. the team wants to start pamidronate infusions every 2-3 months. we are nervous about giving such a tiny baby these drugs. is it recommended this early? will she be able to walk one day?',
    focus: 'OI',
    types: ['treatment', 'prognosis'],
  },
  {
    // "does augmentation slow down emphysema" = treatment; "should my children be tested" = diagnosis; "covered by insurance" = other.
    subject: 'Alpha-1 augmentation therapy - worth it?',
    message:
      "I'm ZZ, 52, ex-smoker, FEV1 55% and dropping. My pulmonologist offered weekly augmentation infusions. Does augmentation actually slow down the emphysema or is the evidence weak? Should my grown children be tested? And is it usually covered by insurance? Mine is already fighting it.",
    focus: 'Alpha-1',
    types: ['treatment', 'diagnosis', 'other'],
  },
  {
    // "preventive treatment or treat attacks as they come" = prevention (of attacks); "new treatments being studied" = research.
    message:
      'I have HAE type 1 and get swelling attacks about twice a month, mostly in my stomach. Right now I only use icatibant when an attack starts. My allergist suggests long-term prophylaxis. Is it better to go on a preventive treatment or keep treating the attacks as they come? Are there any new treatments being studied, like gene therapy?',
    focus: 'HAE',
    types: ['prevention', 'research'],
  },
  {
    // "do these keep growing or stay the same size" = prognosis; "what would you recommend" = treatment.
    message:
      "I've got a 1.2 cm acoustic neuroma on the left, some hearing loss and tinnitus on that side. The options are watch and wait with a yearly MRI, radiosurgery, or surgery. I'm 60. Do these usually keep growing, or can it stay the same size for years? What would you recommend for a small one like mine?",
    focus: 'acoustic neuroma',
    types: ['prognosis', 'treatment'],
  },
  {
    // "does vitamin A slow it down" = treatment; "sign up for a gene therapy trial" = research.
    message:
      'My son is 19 and has RP (X-linked, RPGR). We read that high dose vitamin A palmitate might slow it down. Is that true or just hype? Also should he sign up for a gene therapy trial? There is one recruiting for RPGR right now.',
    focus: 'RP',
    types: ['treatment', 'research'],
  },
  {
    // "is excision better than ablation" = treatment; "see a specialist excision surgeon, how do I find one" = find_specialist.
    message:
      "I'm 29 with stage 3 endometriosis. Tried the pill and Visanne and I'm still in pain most of the month. My gyno wants to do surgery but a friend had ablation and her endo came back within a year. Is excision better than ablation? Should I be seeing a specialist excision surgeon rather than my regular gyno, and how do I find one?",
    focus: 'endometriosis',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "has [stem cell treatment] been proven to work" = treatment; "get him into a clinical trial, how to find one" = research.
    subject: 'stem cell clinic for ALS?',
    message:
      "My father was diagnosed with ALS in January. A clinic in Mexico offers stem cell treatment for $40,000 and has lots of testimonials on Facebook. Has this been proven to work for Lou Gehrig's disease at all? Would it be better to try to get him into a clinical trial here instead? How would we even find one?",
    focus: 'ALS',
    types: ['treatment', 'research'],
  },
  {
    // "is trientine better / is zinc enough" = treatment; "can I eat shellfish and chocolate" = lifestyle.
    message:
      "I'm 26 with Wilson's disease, diagnosed at 17 and on penicillamine ever since. Lately I have joint pain and bruise easily, and my hepatologist suggested switching to trientine or zinc. Is trientine better? Is zinc enough for maintenance or is it too weak? Also now that my copper levels are stable, can I eat shellfish and chocolate again?",
    focus: "Wilson's disease",
    types: ['treatment', 'lifestyle'],
  },
  {
    // "are the side effects [liver, peeing] worth it" = side_effects; "can he stop it" = drug_usage; "coffee and grapefruit juice" = interactions.
    subject: 'tolvaptan for PKD',
    message:
      "My husband is 42 with ADPKD, kidney function 58 and his kidneys are getting bigger fast. The nephrologist recommends tolvaptan. We have read about liver damage and having to pee all night long. Are the side effects really worth it? If he can't cope with the thirst, can he just stop it? And can he still have his coffee and grapefruit juice in the morning?",
    focus: 'tolvaptan',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "can it damage your eyes, how likely" = side_effects; "is it safe in pregnancy" = contraindications.
    message:
      "I have Sjögren's syndrome and my rheumatologist wants me to start Plaquenil. I've read it can damage your eyes, how likely is that really? We are also trying for a baby, should I wait to start it or is it safe in pregnancy?",
    focus: 'Plaquenil',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "does it cause nausea and weight loss" = side_effects; "take it with meals" = drug_usage; "omeprazole and warfarin" = interactions.
    message:
      "Dad is 81 and has IPF. His lung specialist has offered pirfenidone. Honestly we're not sure it's worth putting him through it at his age, he already has a poor appetite. Does it cause nausea and weight loss? Should he take it with meals? He is also on omeprazole and warfarin, any problem there?",
    focus: 'pirfenidone',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "should we stop it or lower the dose" = drug_usage; "is the diarrhea from the colchicine" = side_effects.
    message:
      "my son (8) has FMF and takes colchicine every day. he hasn't had an attack in over a year so we are wondering should we stop it or at least lower the dose? his doctor isn't very experienced with FMF. also he gets diarrhea a lot, is that from the colchicine?",
    focus: 'colchicine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "will it make her infertile or give her cancer" = side_effects; "what is it supposed to do for her" = indication.
    subject: 'hydroxyurea for our daughter?',
    message:
      "Our 3 year old has sickle cell anemia (HbSS). Her hematologist recommends starting hydroxyuria. Family members keep saying it's a chemo drug and will make her infertile or give her cancer. Is that true? And what exactly is it supposed to do for her? She has only been in hospital once.",
    focus: 'hydroxyurea',
    types: ['side_effects', 'indication'],
  },
  {
    // "mouth ulcers and infections" = side_effects; "while trying to get pregnant" = contraindications; "is it for life or can I stop" = drug_usage.
    message:
      "I was diagnosed with LAM at 35. My lung function is stable-ish but my pulmonologist thinks I should start sirolimus now rather than wait. I'm worried about the mouth ulcers and infections I've read about, how common are they? I'm also not done having kids, can you take sirolimus while trying to get pregnant? And if I start it, is it for life or can I stop at some point?",
    focus: 'sirolimus',
    types: ['side_effects', 'contraindications', 'drug_usage'],
  },
  {
    // "could the switch be why I feel tired" = side_effects; "different fillers like lactose" = ingredients; "with my coffee" = interactions.
    message:
      "The pharmacy switched me from Synthroid to a generic levothyroxine 2 months ago and I've felt tired and foggy ever since. Should I insist on going back to the brand, could the switch really be why I feel like this? Does the generic have different fillers, like lactose? Also I take it with my morning coffee, is that a problem?",
    focus: 'levothyroxine',
    types: ['side_effects', 'ingredients', 'interactions'],
  },
  {
    // "stop it before we try for a baby, or only for women" = contraindications; "a few beers on weekends" = interactions.
    message:
      "I'm a 33 year old man with RA, on methotrexate 20 mg weekly for 3 years and it works well. My wife and I want to start trying for a baby. Do I need to stop it before we try, or is that only for women? And is it ok to have a few beers at the weekend while I'm on it?",
    focus: 'methotrexate',
    types: ['contraindications', 'interactions'],
  },
  {
    // "do I have to take the second night dose" = drug_usage; "no alcohol at all" = interactions; "is it addictive" = side_effects.
    subject: 'narcolepsy - should I try sodium oxybate?',
    message:
      "I have narcolepsy type 1. Modafinil helps the sleepiness but not the cataplexy, and my sleep doctor wants me to try sodium oxybate. Waking up in the middle of the night to take a second dose sounds awful, do I really have to? Is it true you can't drink any alcohol at all on it? I'm a bit scared of it honestly. Is it addictive?",
    focus: 'sodium oxybate',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  {
    // "just stop at 5 mg or taper further" = drug_usage; "could the weight gain be from the predisone" = side_effects.
    subject: 'getting off pred',
    message:
      "Been on predisone for polymyalgia rheumatica for 14 months, now down to 5mg. I'd like to get off it completely, I've put on 10 kg and my bone density scan came back low. Is it ok to just stop at 5 mg or do I need to taper further? Could the weight gain be from the predisone?",
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
];
