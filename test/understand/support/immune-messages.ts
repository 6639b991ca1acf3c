/**
 * "immune" set. Messages about immune deficiencies, autoimmune and autoinflammatory diseases, severe allergies
 * and hereditary angioedema, and their medicines (IVIG, biologics, steroids, epinephrine). Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.853). Scored by immune.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --immune --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const IMMUNE_MESSAGES: ConsumerMessage[] = [
  {
    // "is lupus contagious" -> susceptibility (whether someone can catch it)
    message: 'is lupus contagious?',
    focus: 'lupus',
    types: ['susceptibility'],
  },
  {
    // "can my kids inherit it" -> inheritance (chance that a child gets it)
    // "will I be on the infusions for the rest of my life" -> treatment (therapy, how long)
    subject: 'common variable immune deficiency',
    message:
      'Hello. I was diagnosed with CVID last year at 34 after years of chest infections. I now ' +
      'get immunoglobulin infusions every 4 weeks. I have two kids (5 and 8). Can my kids inherit it ' +
      'from me? And will I be on the infusions for the rest of my life? Thanks for any help.',
    focus: 'common variable immunodeficiency',
    types: ['inheritance', 'treatment'],
  },
  {
    // "what will the next tests actually show" -> diagnosis (how it is confirmed)
    // "what is the outlook for babies who have SCID" -> prognosis (outlook)
    subject: 'newborn screen flagged for SCID',
    message:
      'Our son is 9 days old and his newborn screening came back flagged for severe combined ' +
      "immunodeficiency. We go back for more bloodwork on Monday and I can't stop crying. What will " +
      'the next tests actually show? What is the outlook for babies who have SCID?',
    focus: 'severe combined immunodeficiency',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "what are the chances this baby has it too" -> inheritance (chance the next baby has it)
    // "which gene is it, the doctors mentioned X-linked" -> genetic_changes (which gene)
    // "is there an actual cure, like a bone marrow transplant" -> treatment (cure)
    message:
      'My nephew is 7 and has chronic granulomatous disease. He takes itraconazole and an ' +
      'antibiotic every day and has been in hospital twice with abscesses. My sister is pregnant ' +
      'again. What are the chances this baby has it too? Which gene is it, the doctors mentioned ' +
      'X-linked? And is there an actual cure, like a bone marrow transplant?',
    focus: 'chronic granulomatous disease',
    types: ['inheritance', 'genetic_changes', 'treatment'],
  },
  {
    // "does Sjogrens cause joint pain and being exhausted all the time too" -> symptoms (its signs)
    message:
      'Does Sjogrens cause joint pain and being exhausted all the time too, or is it just the ' +
      'dry eyes and dry mouth?',
    focus: "Sjogren's syndrome",
    types: ['symptoms'],
  },
  {
    // "is there a link between dermatomyositis and cancer" -> association (link between two conditions)
    message:
      'My mum (62) has just been diagnosed with dermatomyositis after a purple rash on her ' +
      'eyelids and weak legs. Now the doctor wants her to have a full body CT scan to look for ' +
      'cancer, which has scared us all. Is there a link between dermatomyositis and cancer?',
    focus: 'dermatomyositis',
    types: ['association'],
  },
  {
    // "could this be FMF (familial mediterranean fever)" -> diagnosis (whether her signs could be it)
    // "is there a way to stop the attacks coming back" -> prevention (preventing attacks)
    message:
      "Hi, I'm Armenian and so is my husband. Our daughter (4) gets high fevers with terrible " +
      'belly pain every few weeks, lasting 2-3 days, then she is totally fine. Could this be FMF ' +
      '(familial mediterranean fever)? If it is, is there a way to stop the attacks coming back?',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'prevention'],
  },
  {
    // "can he have grapefruit juice with it" -> interactions (medicine with food)
    // "what do we do if he throws up right after his dose" -> drug_usage (missed or lost dose)
    message:
      'my son takes colchicine for FMF, hes 9. can he have grapefruit juice with it? he loves ' +
      'it. and what do we do if he throws up right after his dose',
    focus: 'colchicine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "will she grow out of it" -> prognosis (course)
    message:
      'Our 3yo gets a fever of 40 every 4 weeks like clockwork, with mouth ulcers, sore throat ' +
      'and swollen glands in her neck. Antibiotics never help. Our pediatrician finally said it is ' +
      'PFAPA and gave us steroid for the episodes. Will she grow out of it?',
    focus: 'PFAPA',
    types: ['prognosis'],
  },
  {
    // "does taking the tonsils out actually work" -> treatment (surgery)
    // "what causes PFAPA in the first place" -> cause (why it happens)
    subject: 'PFAPA and tonsils',
    message:
      "The ENT has suggested taking out my son's tonsils for his PFAPA. He is 5. Does that " +
      'actually work or is it a gamble? And what causes PFAPA in the first place?',
    focus: 'PFAPA',
    types: ['treatment', 'cause'],
  },
  {
    // "can stress or my period set them off" -> cause (what brings on its attacks)
    // "is there anything I can take to stop them happening so often" -> prevention (preventing attacks)
    message:
      'I have hereditary angioedema type 1. My swellings (hands, face, and twice my throat) ' +
      'are getting more frequent since I started a new job. Can stress or my period set them off? Is ' +
      'there anything I can take to stop them happening so often?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "should I get tested" -> diagnosis (whether someone should be tested)
    // "which gene would they look at" -> genetic_changes (which gene)
    message:
      "My dad has HAE (hereditary angioedema). I'm 19 and never had any swelling. Should I " +
      'get tested anyway? Which gene would they look at?',
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'genetic_changes'],
  },
  {
    // "what exactly is anaphylaxis" -> information (what the condition is)
    message: 'What exactly is anaphylaxis? The ER doctor said my son had it after eating cashews.',
    focus: 'anaphylaxis',
    types: ['information'],
  },
  {
    // "is it ok in that heat" (EpiPen left in the car) -> storage_disposal (storing a medicine)
    // "can he inject it through his jeans or does he have to pull them down" -> drug_usage (how to use it)
    subject: 'epipen in summer',
    message:
      'My son (14) keeps his EpiPen in his sports bag, which sits in the car all day during ' +
      'tournaments. Is it ok in that heat? Also can he inject it through his jeans or does he have to ' +
      'pull them down?',
    focus: 'EpiPen',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "does the epinephrine auto injector contain sulfites" -> ingredients (what a medicine contains)
    message:
      "Does the epinephrine auto injector contain sulfites? I'm allergic to sulfites and bee " + 'stings.',
    focus: 'epinephrine',
    types: ['ingredients'],
  },
  {
    // "is it safe to keep taking Plaquenil while pregnant" -> contraindications (pregnancy)
    // "can it damage my eyes long term" -> side_effects (medicine's side effects)
    message:
      "I'm 28 with SLE, on Plaquenil 200mg twice a day for 4 years. My husband and I want to " +
      'start trying for a baby. Is it safe to keep taking Plaquenil while pregnant? Also my friend ' +
      'said it can damage your eyes long term, is that true?',
    focus: 'Plaquenil',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "is that the prednisone" -> side_effects (whether a problem comes from the medicine)
    // "can he just stop it once he feels better" -> drug_usage (stopping)
    message:
      "My husband has been on prednisone 40mg for his vasculitis for 2 months. He can't " +
      'sleep, his face is round and he is hungry all the time. Is that the prednisone? And can he ' +
      'just stop it once he feels better? He hates it.',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "how does Humira work" -> indication (how a medicine works)
    // "will it lower my immunity so I catch every cold going" -> side_effects (medicine's side effects)
    subject: 'Humira for Behcets',
    message:
      "My rheumatologist wants me to start Humira for my Behcet's because the mouth and eye " +
      'problems keep coming back. How does Humira work? Will it lower my immunity so I catch every ' +
      'cold going? I work in a primary school.',
    focus: 'Humira',
    types: ['indication', 'side_effects'],
  },
  {
    // "can it damage his heart later on" -> complications (other problems it leads to)
    message:
      'Our 2 year old was in hospital last month with Kawasaki disease. He had IVIG and ' +
      'aspirin and the fever went away. Can it damage his heart later on?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "are there any support groups for parents" -> find_specialist (support groups)
    subject: 'DiGeorge / 22q11',
    message:
      'Are there any support groups for parents of babies with DiGeorge syndrome? Ours is 2 ' +
      'months and I feel very alone.',
    focus: 'DiGeorge syndrome',
    types: ['find_specialist'],
  },
  {
    // "is it ok to have a glass of wine a few hours after taking Benadryl" -> interactions (with alcohol)
    message:
      'Is it ok to have a glass of wine a few hours after taking Benadryl for a mild allergic ' + 'reaction?',
    focus: 'Benadryl',
    types: ['interactions'],
  },
  {
    // "is mastocytosis the same thing as mast cell activation syndrome" -> information (same or not)
    message:
      'is mastocytosis the same thing as mast cell activation syndrome?? my allergist used ' + 'both words',
    focus: 'mastocytosis',
    types: ['information'],
  },
  {
    // "should I take it now or wait until next Monday" -> drug_usage (missed dose)
    message:
      "I take methotrexate once a week (Mondays) for my juvenile dermatomyositis, I'm 17. I " +
      'forgot this week and it is Thursday now. Should I take it now or wait until next Monday?',
    focus: 'methotrexate',
    types: ['drug_usage'],
  },
  {
    // "how common is Behcets disease" -> frequency (how common)
    message: 'How common is Behcets disease? Nobody at work has ever heard of it.',
    focus: "Behcet's disease",
    types: ['frequency'],
  },
  {
    // "is that why I keep getting sinus infections" -> symptoms (whether signs belong to it)
    message:
      'My bloods showed selective IgA deficiency, my IgA is basically zero. Is that why I keep ' +
      'getting sinus infections every winter?',
    focus: 'Selective deficiency of IgA',
    types: ['symptoms'],
  },
  {
    // "are there gene therapy trials for ADA-SCID" -> research (clinical trials)
    message:
      'Are there gene therapy trials for ADA-SCID going on at the moment? Our granddaughter ' +
      'has no matched donor for a transplant.',
    focus: 'ADA-SCID',
    types: ['research'],
  },
  {
    // "can I get disability benefits with lupus" -> other (paperwork, benefits)
    subject: 'benefits',
    message: 'Can I get disability benefits with lupus? Some weeks I cannot get out of bed.',
    focus: 'lupus',
    types: ['other'],
  },
  {
    // "is it safe for someone with a bad heart to use an EpiPen" -> contraindications (precautions)
    message:
      "I'm 68 and have heart disease with 2 stents. I was just prescribed an EpiPen after a " +
      'wasp sting reaction. Is it safe for someone with a bad heart to use an EpiPen?',
    focus: 'EpiPen',
    types: ['contraindications'],
  },
  {
    // "how rare is Takayasu" -> frequency (how rare)
    // "how do I find a doctor who has actually treated it before" -> find_specialist (doctors)
    subject: 'takayasu',
    message:
      "Hi, I'm a 23 year old woman and was just diagnosed with Takayasu arteritis after they " +
      "couldn't find a pulse in my left arm. How rare is Takayasu? How do I find a doctor who has " +
      'actually treated it before? Thank you.',
    focus: 'Takayasu arteritis',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "can she eat with the other kids in the school canteen" -> lifestyle (school)
    // "will she outgrow it" -> prognosis (course)
    message:
      'My 6 year old has a severe food allergy to peanuts and sesame, she has had one ' +
      'ambulance ride already. She starts school in September. Can she eat with the other kids in the ' +
      'school canteen? Will she outgrow it?',
    focus: 'food allergy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "how much zyrtec can i give my 4 yr old for hives" -> drug_usage (dose)
    // "will it make her sleepy" -> side_effects (medicine's side effects)
    message:
      'how much zyrtec can i give my 4 yr old for hives? and will it make her sleepy, she has ' + 'preschool',
    focus: 'Zyrtec',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "what causes hives that go on for months like this" -> cause (why it happens)
    // "could my thyroid be behind it" -> association (named condition asked as its cause)
    subject: 'hives for 3 months',
    message:
      "I've had hives nearly every day for 3 months. I changed my soap, washing powder and " +
      'cut out dairy and nothing helps. What causes hives that go on for months like this? Could my ' +
      'thyroid be behind it? My TSH came back a little high.',
    focus: 'hives',
    types: ['cause', 'association'],
  },
  {
    // "is the stinging normal" -> side_effects (whether a problem comes from the medicine)
    // "how do we store the syringes when we travel" -> storage_disposal (storing a medicine)
    message:
      'Our son (6) has Muckle-Wells and started anakinra injections every day. The shots sting ' +
      'a lot and leave red lumps, is that normal? We are flying to my parents for 3 weeks in July, ' +
      'how do we store the syringes when we travel?',
    focus: 'anakinra',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "will he walk normally again" -> prognosis (whether someone will walk or recover)
    // "can he keep going to school" -> lifestyle (school)
    // "could the virus he had in March have caused it" -> association (named exposure asked as its cause)
    subject: 'son just dx with JDM',
    message:
      'hello, my 8 yr old son was just diagnosed with juvenile dermatomyositis (JDM). A few ' +
      'months ago he was playing football every day, now he cant climb the stairs at home and has a ' +
      'rash on his knuckles and eyelids. he is on steroids and methotrexate and the team at the ' +
      'childrens hospital are great but I have so many questions. will he walk normally again? can he ' +
      'keep going to school while hes on all these meds, his class has lots of coughs and colds going ' +
      'round? and could the virus he had in March have caused it? he was never sick before that. ' +
      'sorry for the long message, thank you',
    focus: 'juvenile dermatomyositis',
    types: ['prognosis', 'lifestyle', 'association'],
  },
  {
    // "what is it" -> information (what the condition is)
    // "which gene is it" -> genetic_changes (which gene)
    // "what is the life expectancy" -> prognosis (life expectancy)
    message:
      'hi doctors, our baby boy has tiny platelets, bad eczema and keeps getting ear ' +
      'infections. they are talking about Wiskott Aldrich syndrome. what is it?? which gene is it? ' +
      'and what is the life expectancy',
    focus: 'Wiskott-Aldrich syndrome',
    types: ['information', 'genetic_changes', 'prognosis'],
  },
  {
    // "are my daughters carriers" -> inheritance (carriers)
    // "will my son be able to play football and go to a normal school" -> lifestyle (sport, school)
    // "does he need the infusions forever" -> treatment (therapy)
    message:
      'My brother and my son both have X-linked agammaglobulinemia (XLA). My son gets his IVIG ' +
      'every 3 weeks. Are my daughters carriers? Will my son be able to play football and go to a ' +
      'normal school? Does he need the infusions forever?',
    focus: 'X-linked agammaglobulinemia',
    types: ['inheritance', 'lifestyle', 'treatment'],
  },
  {
    // "why does she need a biopsy, can't a blood test show it" -> diagnosis (how it is confirmed)
    // "will she end up on dialysis" -> prognosis (course)
    // "should she cut down on salt" -> lifestyle (diet)
    subject: 'lupus nephritis?',
    message:
      'My daughter (19) has had lupus since she was 15 and now there is protein in her urine. ' +
      'They think it may be lupus nephritis and want to do a kidney biopsy. Why does she need a ' +
      "biopsy, can't a blood test show it? Will she end up on dialysis? Should she cut down on salt?",
    focus: 'lupus nephritis',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  {
    // "what triggers flares" -> cause (what brings on its attacks)
    // "how can I stop flares happening" -> prevention (preventing relapses)
    // "can I still work night shifts as a nurse" -> lifestyle (work)
    subject: 'newly diagnosed SLE',
    message:
      "Hello, I'm 31 and was diagnosed with systemic lupus erythematosus last week after " +
      'months of joint pain and a rash on my cheeks. What triggers flares? How can I stop flares ' +
      'happening? Can I still work night shifts as a nurse? Thank you so much.',
    focus: 'systemic lupus erythematosus',
    types: ['cause', 'prevention', 'lifestyle'],
  },
  {
    // "can it affect his kidneys" -> complications (other problems it leads to)
    // "how long does it last" -> prognosis (course)
    // "can his little sister catch it" -> susceptibility (whether someone can catch it)
    message:
      'My 6 yo had a sore throat then purple spots on his legs and sore swollen knees. The GP ' +
      'says its Henoch Schonlein purpura (HSP). Can it affect his kidneys? How long does it last? Can ' +
      'his little sister catch it?',
    focus: 'Henoch-Schonlein purpura',
    types: ['complications', 'prognosis', 'susceptibility'],
  },
  {
    // "will it come back once he is in remission" -> prognosis (course)
    // "what happens after the rituximab, does he stay on something" -> treatment (managing it)
    // "are there any trials for new treatments" -> research (trials)
    subject: 'GPA / Wegeners',
    message:
      'My father (58) was diagnosed with granulomatosis with polyangiitis after kidney ' +
      'problems and nosebleeds. He finished his rituximab course and his doctor says he is nearly in ' +
      'remission. Will it come back once he is in remission? What happens after the rituximab, does ' +
      'he stay on something? Are there any trials for new treatments?',
    focus: 'granulomatosis with polyangiitis',
    types: ['prognosis', 'treatment', 'research'],
  },
];
