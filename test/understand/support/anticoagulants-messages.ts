/**
 * "anticoagulants" set. Messages about blood thinners: doses, food and drink, bleeding, procedures while on
 * them, with questions about the clotting or bleeding condition they are taken for. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.883). Scored by anticoagulants.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --anticoagulants --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ANTICOAGULANTS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether wine can be drunk with the medicine (alcohol with a medicine = interactions).
  {
    message: 'can i have a glass of wine with dinner if im on warfarin',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: breastfeeding while taking a medicine is a precaution = contraindications.
  {
    subject: 'Eliquis and breastfeeding',
    message:
      'Hello, I was started on apixaban after a clot following my c-section. Is it safe to breastfeed my baby while taking it?',
    focus: 'apixaban',
    types: ['contraindications'],
  },
  // why: a missed dose and when to take it = drug_usage.
  {
    message:
      "I forgot my rivaroxaban this morning and it's now 9pm. Do I take it now or just wait until tomorrow??",
    focus: 'rivaroxaban',
    types: ['drug_usage'],
  },
  // why: "what is it exactly" = information; "can my kids get it from me" (passed down) = inheritance; condition named only in the subject.
  {
    subject: 'factor V Leiden',
    message:
      'My mum just found out she has this after a clot in her leg. What is it exactly, and could she have passed it on to me and my brother?',
    focus: 'factor V Leiden thrombophilia',
    types: ['information', 'inheritance'],
  },
  // why: whether the syringes must be refrigerated = storage_disposal.
  {
    message: 'Do the enoxaparin injections have to be kept in the fridge or is a kitchen cupboard ok?',
    focus: 'enoxaparin',
    types: ['storage_disposal'],
  },
  // why: whether it runs in families = inheritance.
  {
    message: 'Is protein S deficiency hereditary? My aunt has it.',
    focus: 'protein S deficiency',
    types: ['inheritance'],
  },
  // why: whether the stomach burning comes from the medicine = side_effects.
  {
    message:
      'can dabigatran cause stomach pain? ive had this burning feeling ever since i started it 2 weeks ago',
    focus: 'dabigatran',
    types: ['side_effects'],
  },
  // why: asks what the condition is = information; condition named only in the subject.
  {
    subject: 'heparin induced thrombocytopenia?',
    message: 'the nurse said my mom got this after her bypass surgery. what is it??',
    focus: 'heparin-induced thrombocytopenia',
    types: ['information'],
  },
  // why: whether the tablet contains lactose = ingredients.
  {
    message:
      'Hi, does clopidogrel contain lactose? I am very intolerant and my cardiologist just prescribed it.',
    focus: 'clopidogrel',
    types: ['ingredients'],
  },
  // why: how rare the condition is = frequency.
  {
    message: 'How rare is antithrombin deficiency? The hematologist said he had only seen a few cases.',
    focus: 'antithrombin deficiency',
    types: ['frequency'],
  },
  // why: whether he can play a contact sport at school = lifestyle.
  {
    message: 'My grandson has von Willebrand disease. Is it alright for him to play rugby at school?',
    focus: 'von Willebrand disease',
    types: ['lifestyle'],
  },
  // why: what the medicine is for and how it works = indication.
  {
    message: 'What is edoxaban for, exactly? Does it work the same way as warfarin?',
    focus: 'edoxaban',
    types: ['indication'],
  },
  // why: clinical trials = research.
  {
    subject: 'PNH trials',
    message:
      "Are there any clinical trials for paroxysmal nocturnal hemoglobinuria running in Europe at the moment? I'm on blood thinners and eculizumab.",
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['research'],
  },
  // why: another medicine (ibuprofen) taken with the medicine = interactions.
  {
    message: "Can I take ibuprofen for a headache while I'm on apixaban, or is paracetamol better?",
    focus: 'apixaban',
    types: ['interactions'],
  },
  // why: whether the condition will go away = prognosis.
  {
    message:
      'im 16 and i got ITP last year, my platelets are still low. will it ever go away or do i have it forever',
    focus: 'immune thrombocytopenia',
    types: ['prognosis'],
  },
  // why: risk of stroke if left untreated = complications; whether it will get worse = prognosis.
  {
    message:
      "My husband is 72 and was diagnosed with atrial fibrillation last month. His doctor wants him on a blood thinner but he hates taking pills. What is the risk of a stroke if he just doesn't take it? And does AF usually get worse over the years?",
    focus: 'atrial fibrillation',
    types: ['complications', 'prognosis'],
  },
  // why: whether she can travel by plane with the condition = lifestyle.
  {
    message:
      "I had a DVT in my left calf after a long-haul flight in March and I'm on rivaroxaban for three months. We have a family trip to Thailand booked in August. Is it ok for me to fly that far again so soon?",
    focus: 'deep vein thrombosis',
    types: ['lifestyle'],
  },
  // why: food (greens) with the medicine = interactions; asked twice in other words, so one question.
  {
    subject: 'Warfarin and vegetables',
    message:
      'My dad has been on warfarin since his valve replacement. He eats a big spinach salad most days and the clinic nurse told him to be careful with greens. Does he have to give up green vegetables completely? Or can he eat them if he keeps it the same every week?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: which test confirms it = diagnosis; what is done for it during pregnancy = treatment.
  {
    message:
      "I have had two miscarriages and my gynecologist mentioned antiphospholipid syndrome as a possible reason. What tests are done to confirm it? And if it turns out I have it, what treatment would I get when I'm pregnant again?",
    focus: 'antiphospholipid syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: how the medicine works = indication.
  {
    message:
      'hey so im having knee surgery next week and they said ill be getting heparin shots in my stomach afterwards. i dont really get it - how does heparin actually work to stop clots?',
    focus: 'heparin',
    types: ['indication'],
  },
  // why: life expectancy = prognosis; the rest is story.
  {
    message:
      'Our daughter was born 3 weeks ago and got dark purple patches on her skin in the first days. After many tests they told us she has severe protein C deficiency and she gets protein C concentrate now. We are so scared. What is her life expectancy?',
    focus: 'protein C deficiency',
    types: ['prognosis'],
  },
  // why: a named exposure (the pill) asked as the cause = association.
  {
    subject: 'my sister',
    message:
      'My sister is 34 and collapsed last week, it was a pulmonary embolism. She is on blood thinners now and recovering. She has been on the contraceptive pill for years. Could the pill have caused this?',
    focus: 'pulmonary embolism',
    types: ['association'],
  },
  // why: what can be done to control bleeding = treatment; a clinic for bleeding disorders = find_specialist.
  {
    message:
      "I have type 1 von Willebrand disease (mild) and I need a wisdom tooth taken out next month. What can be done so I don't bleed a lot during and after? Also, is there a bleeding disorder clinic near Leeds I should go to first?",
    focus: 'von Willebrand disease',
    types: ['treatment', 'find_specialist'],
  },
  // why: the chance that a relative's baby has it = inheritance.
  {
    message:
      'My son has hemophilia, he gets infusions twice a week. My younger sister just had a baby boy. What are the chances that her baby has hemophilia too? nobody has tested him yet',
    focus: 'hemophilia',
    types: ['inheritance'],
  },
  // why: whether it can turn into another condition = complications.
  {
    message:
      "I was diagnosed with essential thrombocythemia at 45 and I'm taking aspirin every day. I read online something scary. Can essential thrombocythemia turn into leukemia?",
    focus: 'essential thrombocythemia',
    types: ['complications'],
  },
  // why: what causes it = cause; whether a named exposure (chemicals at work) caused it = association.
  {
    message:
      'My father has polycythemia vera. He takes aspirin and they take blood off him every few weeks. What causes this disease? He worked for 30 years in a paint factory, could the chemicals there have caused it?',
    focus: 'polycythemia vera',
    types: ['cause', 'association'],
  },
  // why: long-term outlook and whether he will grow up normally = prognosis.
  {
    message:
      'Our son is 4, he had Kawasaki disease in January and was in hospital for a week. He is still taking low dose aspirin and the echo looked ok. What is the long-term outlook for children who had Kawasaki? Will he grow up like any other kid?',
    focus: 'Kawasaki disease',
    types: ['prognosis'],
  },
  // why: asks what the condition is (didn't understand the doctor) = information.
  {
    subject: 'Budd-Chiari',
    message:
      "I was told last week I have Budd-Chiari syndrome and that I'll be on anticoagulants for the rest of my life. The doctor said something about the veins of the liver being blocked but it went very fast and I didnt understand. Can you explain me what this disease is?",
    focus: 'Budd-Chiari syndrome',
    types: ['information'],
  },
  // why: an expert center for the condition = find_specialist.
  {
    message:
      "I have HHT with nosebleeds nearly every day and now I've been found to have a clot in my leg. My GP and the hospital can't agree on whether I can have a blood thinner with all this bleeding. Is there a center somewhere that really specializes in HHT?",
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['find_specialist'],
  },
  // why: whether a sign (what to watch for) belongs to it = symptoms.
  {
    message:
      "Before my daughter's tonsil operation the blood tests showed factor VII deficiency. She's 6 and has never had a big bleed. What signs of this should we be watching out for at home?",
    focus: 'factor VII deficiency',
    types: ['symptoms'],
  },
  // why: which gene = genetic_changes; whether her daughters should be tested = diagnosis; injections during pregnancy = treatment.
  {
    subject: 'Prothrombin mutation and pregnancy',
    message:
      "Hello. I'm 31 and 10 weeks pregnant with my third child. In my first pregnancy I got a DVT at 30 weeks, and after the birth the hematologist did blood tests and said I am heterozygous for the prothrombin mutation. Nobody really explained much then and the baby kept me busy so I never asked. Now I'm pregnant again and I want to be more prepared. Which gene is it exactly that is changed? I also have two daughters, 7 and 4, and my husband thinks they should be checked now rather than when they are teenagers - should they be tested? And my midwife said I'll probably need injections this time, will I need them for the whole pregnancy or only near the end? Thanks so much for any help.",
    focus: 'prothrombin thrombophilia',
    types: ['genetic_changes', 'diagnosis', 'treatment'],
  },
  // why: whether the bruising comes from the medicine = side_effects; stopping it before a procedure = drug_usage.
  {
    message:
      "My dad (68) had a small stroke in the spring. He recovered really well, he's walking and talking fine, but he's now on clopidogrel and a statin and he's been told to take them for life. Since starting, his arms are covered in bruises, even when he just knocks into a door frame. Is that bruising from the clopidogrel? He's also booked in for a colonoscopy in a few weeks because of a family history of bowel cancer, and the letter doesn't say anything about blood thinners. Does he need to stop the clopidogrel before it, and how many days before? He doesn't want to risk another stroke.",
    focus: 'clopidogrel',
    types: ['side_effects', 'drug_usage'],
  },
  // why: opening the capsules = drug_usage; keeping the box in the bathroom = storage_disposal.
  {
    subject: 'my mother Pradaxa',
    message:
      'Good day. My mother is 80 years old, she has heart rhythm problem and doctor give her dabigatran 110 two times in a day. Now after small stroke she cannot swallow good, the capsules are big and she is coughing when she take it. Is possible that I open the capsule and put the powder in yogurt for her? Also we keep the box in the bathroom cabinet because there she see it every morning, but it is very humid there when people shower. Is this okay for the medicine? I am sorry for my english, we come from Romania and the pharmacy here is speaking very fast.',
    focus: 'dabigatran',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: list of questions: what it is = information; whether lupus raises the risk = susceptibility; support groups = find_specialist.
  {
    message:
      "I'm writing for my best friend who isn't great at this stuff. She's 29, had a clot in her lung last year, and after a lot of blood tests they said she has antiphospholipid syndrome and she's now on warfarin, probably for life. She was already diagnosed with lupus a few years ago. We have a few questions:\n1. What actually is APS? Is it an autoimmune thing like lupus?\n2. Does having lupus make you more likely to get APS?\n3. Are there any support groups for APS in Canada (we're in Ontario)? She feels really alone with it.\nThank you!!",
    focus: 'antiphospholipid syndrome',
    types: ['information', 'susceptibility', 'find_specialist'],
  },
  // why: stopping it before a dental extraction and taking it with food = drug_usage; whether the stomach upset comes from it = side_effects.
  {
    message:
      'Dear Sir or Madam, I am 77 years old and I have been taking aspirin 75 mg every morning for about eight years, ever since I had a mini-stroke (TIA). I have never had any trouble until now. My dentist wants to take out two back teeth next month and he says I must stop the aspirin for a week beforehand, but my GP says I should not stop it at all. I do not know who to believe. Should I stop it or not? Another thing, for some months my stomach has been sore after breakfast and I wonder if it is the aspirin that is doing this. Would it be better if I took it with my food rather than first thing? I would be most grateful for your advice. Kind regards, Margaret',
    focus: 'aspirin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: a special diet and a school ski trip = lifestyle (both the same type, so one type).
  {
    subject: 'homocystinuria - teenager',
    message:
      "our daughter is 14 and has homocystinuria (the B6 non-responsive type). last winter she got a clot in her leg which was really frightening and shes now on warfarin as well as betaine and her special formula. shes a normal teen and mostly just wants to be like her friends. her school is organising a ski trip to austria in february and she is desperate to go, is skiing ok for her or is it too risky? also she keeps asking if she really has to stick to the low protein diet so strictly now that she's older, her friends all eat pizza and burgers. we are trying to be sensible but not wrap her in cotton wool",
    focus: 'homocystinuria',
    types: ['lifestyle'],
  },
  // why: whether she will need surgery = treatment; whether it will get worse = prognosis.
  {
    message:
      "My granddaughter is 7 and last autumn she started having these episodes where her arm went weak and she couldn't talk properly, usually after crying or blowing up balloons. After an MRI and an angiogram they told my daughter it is Moyamoya disease. She is taking a baby aspirin every day now and the episodes are fewer, thank God. The neurosurgeon talked about an operation to make new blood vessels but my daughter was too upset to take it all in. Will she need this surgery, or can the aspirin be enough? And will the Moyamoya get worse as she grows? We are all trying to understand what is ahead for her.",
    focus: 'Moyamoya disease',
    types: ['treatment', 'prognosis'],
  },
  // why: what causes clots a second time = cause; whether he can keep playing football = lifestyle.
  {
    message:
      "Right so here's my situation. 38, fit, not overweight, don't smoke. Two years ago I got a DVT in my right leg after I broke my ankle, did 6 months of apixaban and that was that. Then in October I got another one, same leg, out of nowhere, no injury, no flights, nothing. Now the haematologist is talking about staying on blood thinners for life which honestly feels like a lot at my age. What causes someone to get clots twice like this when there's no obvious reason? And I play five-a-side twice a week, can I keep doing that on blood thinners or is that me done?",
    focus: 'deep vein thrombosis',
    types: ['cause', 'lifestyle'],
  },
  // why: whether the heavy periods come from the medicine = side_effects; changing the time she takes it = drug_usage.
  {
    subject: 'heavy periods on xarelto',
    message:
      "hi, i'm 26 and i had a PE in september (they think because of the pill which i've stopped). i've been on rivaroxaban since then and i'm meant to be on it for at least 6 months. the problem is my periods have become insanely heavy, like changing a pad every hour on the first two days and i'm exhausted. is it the rivaroxaban doing this? my gp is away for two weeks. also i take it in the morning but i always feel a bit sick after, can i move it to the evening with dinner instead or does it have to be the same time every day forever",
    focus: 'rivaroxaban',
    types: ['side_effects', 'drug_usage'],
  },
  // why: preventing a relapse = prevention; studies of new treatments = research.
  {
    message:
      'Last year I survived an episode of TTP. I was 41, I had bruises everywhere and then I got confused and they took me into intensive care. I had plasma exchange every day for two weeks and was given caplacizumab and rituximab. The doctors said I was lucky. Now I am well again, back at work, but I am afraid all the time that it will happen again, every bruise makes me panic. Is there anything I can do to prevent a relapse? I also read that there are new treatments being tested, are there any studies I could take part in? I live in Germany.',
    focus: 'thrombotic thrombocytopenic purpura',
    types: ['prevention', 'research'],
  },
];
