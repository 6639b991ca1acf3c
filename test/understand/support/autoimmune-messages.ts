/**
 * "autoimmune" set. Messages about autoimmune conditions: lupus, Sjogren syndrome, myositis, scleroderma,
 * vasculitis, flares, immune medicines, pregnancy, tests, with other questions about the condition and its
 * medicines. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.845). Scored by
 * autoimmune.test.ts and by `npx tsx test/understand/support/score-messages.ts --autoimmune --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const AUTOIMMUNE_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether lupus can be caught from someone (contagious) -> susceptibility
  {
    message: 'is lupus contagious?? my roommate just got diagnosed and we share a bathroom lol',
    focus: 'systemic lupus erythematosus',
    types: ['susceptibility'],
  },
  // why: asks what the condition is -> information
  {
    subject: 'Takayasu',
    message: 'My cousin was just told she has Takayasu arteritis. What is that exactly?',
    focus: 'Takayasu arteritis',
    types: ['information'],
  },
  // why: a medicine together with alcohol -> interactions
  {
    message: 'Can I have a glass of wine with dinner if I take methotrexate once a week?',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: asks how to store the medicine -> storage_disposal
  {
    message: 'does hydroxychloroquine need to be kept in the fridge or is the bathroom cabinet ok',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: asks how rare the condition is -> frequency
  {
    message: 'How rare is relapsing polychondritis? My rheumatologist said he has only seen two cases.',
    focus: 'relapsing polychondritis',
    types: ['frequency'],
  },
  // why: condition named only in the subject; asks whether eye problems are a sign of it -> symptoms
  {
    subject: "Behcet's disease question",
    message: 'Does it affect the eyes too or only cause the ulcers in the mouth and genitals?',
    focus: 'Behcet disease',
    types: ['symptoms'],
  },
  // why: a missed dose and whether to double up -> drug_usage
  {
    message: 'I forgot my azathioprine this morning, should i take two tomorrow to catch up?',
    focus: 'azathioprine',
    types: ['drug_usage'],
  },
  // why: asks for a test and whether her dry mouth could be the condition -> diagnosis
  {
    message: "Is there a blood test for Sjogren's? My dentist thinks my dry mouth might be from it.",
    focus: 'Sjogren syndrome',
    types: ['diagnosis'],
  },
  // why: asks about clinical trials -> research
  {
    subject: 'IBM trials',
    message: 'Are there any clinical trials for inclusion body myositis running in the UK at the moment?',
    focus: 'inclusion body myositis',
    types: ['research'],
  },
  // why: whether the child can keep doing a sport -> lifestyle
  {
    message:
      'my daughter is 8 and was just diagnosed with juvenile dermatomyositis, can she still go to gymnastics',
    focus: 'juvenile dermatomyositis',
    types: ['lifestyle'],
  },
  // why: asks why the condition happens -> cause
  {
    message:
      'why does somebody get autoimmune hepatitis? i dont drink and never had a hepatitis virus so i dont get it',
    focus: 'autoimmune hepatitis',
    types: ['cause'],
  },
  // why: whether hair loss comes from the medicine -> side_effects
  {
    message: 'Can rituximab make your hair fall out? Mine is coming out in clumps since the second infusion.',
    focus: 'rituximab',
    types: ['side_effects'],
  },
  // why: chance that the next baby gets it, runs in families -> inheritance
  {
    message: 'Is Kawasaki disease hereditary? Our son had it when he was 2 and we are expecting our second.',
    focus: 'Kawasaki disease',
    types: ['inheritance'],
  },
  // why: asks what a medicine is for -> indication
  {
    message: 'My doctor mentioned Benlysta (belimumab) at my last visit. What is it used for?',
    focus: 'belimumab',
    types: ['indication'],
  },
  // why: whether the condition can lead to blindness -> complications
  {
    message: 'my dad is 74 and got diagnosed with giant cell arteritis yesterday. can it make him go blind?',
    focus: 'giant cell arteritis',
    types: ['complications'],
  },
  // why: safety of the medicine in pregnancy -> contraindications; chance the baby is born with lupus -> inheritance
  {
    message:
      "I'm 29 and have had lupus for six years, mostly joint pain and a rash on my cheeks, and it has been quiet since I started hydroxychloroquine. My husband and I would like to try for a baby next year. Is it safe to keep taking hydroxychloroquine while I'm pregnant? And will my baby be born with lupus?",
    focus: 'hydroxychloroquine',
    types: ['contraindications', 'inheritance'],
  },
  // why: how fast it progresses -> prognosis; whether it affects the lungs -> complications
  {
    message:
      'My wife was diagnosed with systemic sclerosis last spring. Her fingers go white and blue in the cold and now the skin on her face and hands is getting tight. How fast does this usually progress? Can it affect her lungs?',
    focus: 'systemic sclerosis',
    types: ['prognosis', 'complications'],
  },
  // why: whether puffiness and insomnia come from the medicine -> side_effects; how to lower the dose -> drug_usage
  {
    message:
      "I've been on prednisone for three months for autoimmune hepatitis. My face has gone really puffy and I can't sleep at night. Is that from the prednisone? My doctor wants to start lowering the dose, how slowly should that be done?",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks for an expert hospital -> find_specialist
  {
    message:
      'Hello, my father 67 years have granulomatosis with polyangiitis, the doctors in our country give him cyclophosphamide but he is not better since 4 month. We want to know if exist some hospital in Germany or USA which is expert for this disease. Thank you very much.',
    focus: 'granulomatosis with polyangiitis',
    types: ['find_specialist'],
  },
  // why: whether the teenager can get it from the mother's genes -> inheritance
  {
    message:
      'hi im 15. my mom has myasthenia gravis and she says its an autoimmune thing. can i get it too? like is it in the genes or something',
    focus: 'myasthenia gravis',
    types: ['inheritance'],
  },
  // why: tests to confirm it -> diagnosis; what can be done to carry a baby -> treatment
  {
    message:
      'I have had two miscarriages in the last year and my OB mentioned antiphospholipid syndrome. What tests are done to confirm it? And if I do have it, what treatment is there so I can carry a baby to term?',
    focus: 'antiphospholipid syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: a named exposure (statin) asked as the cause -> association
  {
    message:
      'My husband is 54. Over the last few months his thighs got so weak he can barely get up from a chair, and his CK came back at 4000. The neurologist thinks it is polymyositis. Could the statin he has been taking for his cholesterol have caused this?',
    focus: 'polymyositis',
    types: ['association'],
  },
  // why: asks about a special diet -> lifestyle
  {
    subject: 'PBC and food',
    message:
      'I was diagnosed with primary biliary cholangitis after a routine blood test showed high liver enzymes. I feel fine apart from being tired all the time and itchy at night. Is there a special diet I should be following?',
    focus: 'primary biliary cholangitis',
    types: ['lifestyle'],
  },
  // why: whether it goes away on its own -> prognosis
  {
    message:
      "My grandson is 6. After a cold he came out in a purple spotty rash on his legs and bottom, and his knees swelled up so he didn't want to walk. The pediatrician says it is Henoch-Schonlein purpura. Will it go away on its own?",
    focus: 'Henoch-Schonlein purpura',
    types: ['prognosis'],
  },
  // why: the medicine together with another medicine (ibuprofen) -> interactions
  {
    message:
      'My sister has lupus nephritis and they just added tacrolimus to her other meds. She gets bad headaches. Is it ok for her to take ibuprofen while she is on tacrolimus?',
    focus: 'tacrolimus',
    types: ['interactions'],
  },
  // why: how to stop further attacks -> prevention
  {
    subject: 'NMO relapses',
    message:
      'I was diagnosed with NMO (neuromyelitis optica) in 2021 after losing the sight in my left eye for a few weeks. I have had one relapse since then, with numb legs. Is there anything that can be done to stop more attacks?',
    focus: 'neuromyelitis optica',
    types: ['prevention'],
  },
  // why: whether another condition (diabetes) raises the risk of the condition asked about -> susceptibility
  {
    message:
      'Our daughter is 12 and has had type 1 diabetes since she was 5. Now her doctor wants to screen her for celiac disease even though she has no tummy problems. Does having diabetes make her more likely to get celiac?',
    focus: 'celiac disease',
    types: ['susceptibility'],
  },
  // why: whether having it puts her at higher risk of cancer -> complications
  {
    message:
      'My mum was diagnosed with dermatomyositis at 61 after getting a purple rash on her eyelids and knuckles and struggling to lift her arms. The rheumatologist has booked her for a full body CT scan to look for cancer. Does having dermatomyositis mean she is more likely to get cancer?',
    focus: 'dermatomyositis',
    types: ['complications'],
  },
  // why: the difference between two conditions -> information
  {
    message:
      'so my blood results said hemolysis and positive coombs test and the GP said autoimmune hemolytic anemia. whats the difference between that and normal anemia? i thought anemia was just low iron',
    focus: 'autoimmune hemolytic anemia',
    types: ['information'],
  },
  // why: how many people have it -> frequency
  {
    message:
      "I was diagnosed with Addison's disease last month after collapsing at work, and I already have an underactive thyroid. Nobody I know has ever heard of Addison's. How many people actually have it?",
    focus: 'Addison disease',
    types: ['frequency'],
  },
  // why: what brings on flares (sun) -> cause; working night shifts -> lifestyle; whether it shortens life -> prognosis
  {
    subject: 'newly diagnosed, lots of questions',
    message:
      "Hi. I'm 24 and a nurse on a busy surgical ward. For about a year I was exhausted all the time, my knuckles and wrists ached and I kept getting mouth ulcers, and everyone said it was stress. Then after a beach holiday in June I got a red rash across my nose and cheeks and felt awful for weeks. My GP ran bloods and I was finally diagnosed with systemic lupus in September. I'm on hydroxychloroquine now and honestly doing a bit better. I've read that the sun can bring on flares, is that true or is it just the rash? I also work a lot of night shifts, and I'm wondering whether I can keep doing them with lupus or whether I should ask to go on days. And, I know this sounds dramatic, but will it shorten my life? My mum keeps crying about it and I don't know what to tell her.",
    focus: 'systemic lupus erythematosus',
    types: ['cause', 'lifestyle', 'prognosis'],
  },
  // why: whether she is at higher risk of lymphoma -> complications; support group -> find_specialist
  {
    message:
      "My wife (47) was diagnosed with Sjogren's about three years ago. It started with gritty eyes and a mouth so dry she couldn't eat crackers, and she uses eye drops all day. Recently the gland under her ear has swelled up and stayed swollen for over a month, and when I looked online I saw something about lymphoma which scared both of us. Is she really at higher risk of lymphoma because of the Sjogren's? She has an appointment in two weeks but the wait is killing us. She also feels quite alone with it, none of her friends understand why she's so tired. Is there a support group for people with Sjogren's, ideally somewhere in the Midwest or online?",
    focus: 'Sjogren syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: whether two names are the same condition -> information; what treatments there are -> treatment
  {
    message:
      "I have had asthma since I was 30 and sinus polyps that kept coming back. This winter my feet went numb and tingly and I got a strange rash on my shins. My eosinophils were very high and after a nerve biopsy the doctors told me I have eosinophilic granulomatosis with polyangiitis. When I searched it, some websites call it Churg-Strauss syndrome. Is that the same disease or something different? They started me on high dose steroids and I feel better, but I don't want to stay on steroids forever. What other treatments exist for this?",
    focus: 'eosinophilic granulomatosis with polyangiitis',
    types: ['information', 'treatment'],
  },
  // why: what it is and how it differs from lupus -> information; whether it turns into scleroderma -> complications; whether sister should be tested -> diagnosis
  {
    subject: 'MCTD - a few questions',
    message:
      "Dear team, my rheumatologist told me last week that I have mixed connective tissue disease. I had swollen puffy fingers, Raynaud's and a very high anti-RNP antibody. I was too shocked to ask much, so I wrote my questions down:\n1. What exactly is mixed connective tissue disease?\n2. How is it different from lupus? My aunt has lupus.\n3. Can it turn into scleroderma later on?\n4. My younger sister also has cold white fingers in winter. Should she be tested too?\nThank you for your time.",
    focus: 'mixed connective tissue disease',
    types: ['information', 'complications', 'diagnosis'],
  },
  // why: whether it is the same as scleroderma -> information; whether it will spread -> prognosis; methotrexate side effects -> side_effects
  {
    message:
      "Our son is 13. Last year we noticed a shiny, hard, brownish patch on his left thigh, which we thought was a bruise. It got bigger and the dermatologist did a biopsy and said it is linear morphea. When I looked it up everything talks about scleroderma and organs failing and I haven't slept since. Is morphea the same thing as scleroderma, the kind that attacks the lungs and kidneys? The patch now runs down toward his knee. Will it keep spreading? The doctor wants to start him on methotrexate injections every week, and I'm nervous about giving a chemo drug to a child. What side effects should we watch out for in a kid his age?",
    focus: 'morphea',
    types: ['information', 'prognosis', 'side_effects'],
  },
  // why: whether the grandchildren can catch it -> susceptibility; what causes it -> cause
  {
    message:
      'I am 71 and for months I had sores in my mouth that wouldnt heal, my dentist thought it was my dentures. Then big blisters came on my chest and back that burst and leave raw skin. The skin doctor took a sample and said pemphigus vulgaris and put me on prednisone. My daughter brings the grandchildren every weekend, they are 3 and 5 and always want to climb on me. Is this something they can catch from me? I have never had anything wrong with my skin in my life, so what causes this to start at my age?',
    focus: 'pemphigus vulgaris',
    types: ['susceptibility', 'cause'],
  },
  // why: whether removing the spleen is a cure -> treatment; whether he can play rugby -> lifestyle
  {
    message:
      "Our son is 16 and has had immune thrombocytopenia for almost two years now. It started with bruises all over his legs and a nosebleed that wouldn't stop, and his platelets were 8. He has had steroids and IVIG several times, and they work for a few weeks and then the count drops again. Now the hematologist is talking about taking out his spleen. Is that a cure, or can it come back even after the operation? He is also mad about rugby and has been sitting on the bench all season. Is it realistic for him to play contact sports again with ITP, or should we steer him toward something else?",
    focus: 'immune thrombocytopenia',
    types: ['treatment', 'lifestyle'],
  },
  // why: a named exposure (hepatitis B) asked as its cause -> association; whether a blood test can confirm it instead of a biopsy -> diagnosis
  {
    message:
      'hi my husband is 58 and since spring he lost 12 kilos without trying had fevers at night terrible pain in his calves and then one foot went floppy and he couldnt lift it. after lots of tests they now say its probably polyarteritis nodosa. he had hepatitis b when he was young working abroad could that old hepatitis b have caused this? also they want to do a biopsy of the muscle or nerve and he is scared of it is there not a blood test that can show it instead',
    focus: 'polyarteritis nodosa',
    types: ['association', 'diagnosis'],
  },
  // why: link with his colitis -> association; how long people live with it -> prognosis; trials -> research
  {
    subject: 'PSC questions',
    message:
      "I'm 26 and have had ulcerative colitis since I was 19. At my last check-up my liver tests were off, and after an MRCP the gastroenterologist said I have primary sclerosing cholangitis. He didn't have much time so here are my questions:\n- Is PSC linked to my colitis somehow, or is it just bad luck that I have both?\n- How long do people usually live with PSC? I have read some scary numbers about transplants.\n- Are there any clinical trials of new drugs that I could join?\nThanks in advance",
    focus: 'primary sclerosing cholangitis',
    types: ['association', 'prognosis', 'research'],
  },
  // why: condition named only in the subject; how it is confirmed -> diagnosis; whether it goes away or lasts for life -> prognosis
  {
    subject: "Adult onset Still's disease??",
    message:
      'My girlfriend (31) has had spiking fevers every evening for 5 weeks, up to 40 degrees, with a salmon colored rash that comes and goes with the fever, a sore throat and really painful wrists and knees. She has been in hospital twice, all the infection tests came back negative and her ferritin was over 15000. Yesterday the rheumatologist said this is probably what she has but that they need to rule out other things first. How do they confirm it, is there one specific test for it? And is this something that goes away after a while or will she have it for the rest of her life? We were supposed to move in together next month and everything is on hold.',
    focus: 'adult-onset Still disease',
    types: ['diagnosis', 'prognosis'],
  },
];
