/**
 * "antibiotics" set. Messages about antibiotics and infections in people with a condition: which antibiotics
 * to take or avoid, courses, preventive antibiotics, side effects, with other questions about the condition.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge
 * base holds. Scored once, before any change made for it (focus 0.925, type F1 0.828). Scored by
 * antibiotics.test.ts and by `npx tsx test/understand/support/score-messages.ts --antibiotics --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ANTIBIOTICS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether trials of new antibiotics or phage therapy exist -> research.
  {
    message:
      'my son is 12 with cystic fibrosis and hes grown pseudomonas again, third time this year. are there any trials of new antibiotics or phage therapy he could get into',
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  // why: asks whether hearing loss comes from the medicine -> side_effects; bronchiectasis is background.
  {
    message:
      'Can azithromycin cause hearing loss? My daughter takes it three times a week for her bronchiectasis and says the TV sounds muffled.',
    focus: 'azithromycin',
    types: ['side_effects'],
  },
  // why: asks whether the medicine is ok while breastfeeding -> contraindications.
  {
    subject: 'tick bite',
    message:
      "My doctor gave me doxycycline after a tick bite but I'm breastfeeding my 4 month old. Is that ok?",
    focus: 'doxycycline',
    types: ['contraindications'],
  },
  // why: asks whether it runs in families before another baby -> inheritance.
  {
    message:
      'Is chronic granulomatous disease hereditary? Our son was diagnosed after a liver abscess and we were hoping to have another baby.',
    focus: 'chronic granulomatous disease',
    types: ['inheritance'],
  },
  // why: asks what the condition named in the subject is -> information.
  {
    subject: 'primary ciliary dyskinesia??',
    message:
      'what is this exactly. the ENT brought it up because my girl has had ear infections and a runny nose nonstop since the day she was born and antibiotics barely touch it',
    focus: 'primary ciliary dyskinesia',
    types: ['information'],
  },
  // why: asks about alcohol with the medicine -> interactions.
  {
    message:
      'im on metronidazole for 10 days for my crohns fistula. can i have a couple beers at my brothers wedding saturday or is that a bad idea',
    focus: 'metronidazole',
    types: ['interactions'],
  },
  // why: asks how rare it is -> frequency, and whether joint pain belongs to it -> symptoms.
  {
    message:
      'My father was finally diagnosed with Whipple disease after two years of weight loss and sore joints, and now he faces a whole year of antibiotics. How rare is this, and are the joint pains really part of it?',
    focus: 'Whipple disease',
    types: ['frequency', 'symptoms'],
  },
  // why: asks how to throw away leftover medicine -> storage_disposal.
  {
    message:
      "What do I do with the leftover amoxicillin liquid now that my son's ear infection course is finished — can I just pour it down the sink?",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  // why: asks whether a sibling can catch it -> susceptibility (contagion, not inheritance).
  {
    message:
      'My son had rheumatic fever last spring and now gets a penicillin shot every 4 weeks. Can his little sister catch it from him?',
    focus: 'rheumatic fever',
    types: ['susceptibility'],
  },
  // why: asks which gene, condition named only in the subject -> genetic_changes.
  {
    subject: 'Job syndrome',
    message:
      "Which gene is it? Our daughter has the skin boils, the eczema and two pneumonias already, and she's on Bactrim every day.",
    focus: 'Job syndrome',
    types: ['genetic_changes'],
  },
  // why: asks whether the medicine is safe for someone with myasthenia gravis -> contraindications; focus is the medicine.
  {
    message:
      'i have myasthenia gravis and my GP wants to put me on cipro for a bladder infection. is that safe for me??',
    focus: 'ciprofloxacin',
    types: ['contraindications'],
  },
  // why: asks what the condition is -> information.
  {
    message:
      'what is lemierre syndrome?? my nephew is in intensive care with it after what we all thought was just a sore throat',
    focus: 'Lemierre syndrome',
    types: ['information'],
  },
  // why: asks for a cure -> treatment, and whether it will get worse -> prognosis.
  {
    message:
      "I've been on doxycycline and clindamycin on and off for six years for hidradenitis suppurativa and it always comes back, is there an actual cure or is it just going to keep getting worse?",
    focus: 'hidradenitis suppurativa',
    types: ['treatment', 'prognosis'],
  },
  // why: asks whether her signs could be it and whether a test exists -> diagnosis (one type).
  {
    message:
      'Could my daughters sudden OCD and tics after strep throat be PANDAS, and is there a test that would show it?',
    focus: 'PANDAS',
    types: ['diagnosis'],
  },
  // why: asks what the medicine contains (aspartame) -> ingredients.
  {
    message:
      'does the augmentin liquid have aspartame in it? my son has PKU and the pharmacy is closed till monday',
    focus: 'Augmentin',
    types: ['ingredients'],
  },
  // why: missed doses and how long to keep taking the penicillin are both about how to take it -> drug_usage; focus is the medicine.
  {
    subject: 'Penicillin for my daughter with sickle cell',
    message:
      'Our 3 year old has sickle cell disease and takes penicillin twice a day. Sometimes we forget the evening dose, especially on weekends. Should we give two in the morning to catch up? And how long does she have to keep taking it, until school age or forever?',
    focus: 'penicillin V potassium',
    types: ['drug_usage'],
  },
  // why: asks whether ear ringing comes from tobramycin -> side_effects, then the chance a niece/nephew has CF -> inheritance; tobramycin asked first.
  {
    message:
      "My husband (34) has cystic fibrosis and does inhaled tobramycin every other month. Lately he's been complaining of ringing in his ears. Could that be from the tobramycin? Also his sister is expecting and wants to know what the chances are her baby has CF too.",
    focus: 'tobramycin',
    types: ['side_effects', 'inheritance'],
  },
  // why: asks whether antibiotics are still needed -> treatment, and life expectancy -> prognosis.
  {
    message:
      'My grandson was diagnosed with X-linked agammaglobulinemia at 14 months after his third pneumonia. He gets immunoglobulin infusions every three weeks now. Will he still need antibiotics all the time, even with the infusions? And what is the life expectancy for boys with this?',
    focus: 'X-linked agammaglobulinemia',
    types: ['treatment', 'prognosis'],
  },
  // why: asks whether Bactrim is safe for a child with G6PD deficiency -> contraindications; focus is the medicine.
  {
    message:
      'Hello, my son is 6 years and have G6PD deficiency. The pediatrician give him Bactrim for the ear infection but I read in internet that sulfa medicines are danger for G6PD children. It is safe for him to take it or I must ask other antibiotic?',
    focus: 'co-trimoxazole',
    types: ['contraindications'],
  },
  // why: asks whether levofloxacin can cause aortic problems -> side_effects, then whether relatives should be checked -> diagnosis; medicine asked first.
  {
    message:
      "I have Marfan syndrome and my aortic root is already borderline. My lung doctor wants me on levofloxacin for pneumonia, but I've read that this class of antibiotics can damage the aorta. Can levofloxacin really cause an aneurysm or dissection? And separately, should my two kids be checked for Marfan?",
    focus: 'levofloxacin',
    types: ['side_effects', 'diagnosis'],
  },
  // why: asks whether two medicines can be taken together -> interactions.
  {
    message:
      'My 15 year old has long QT syndrome and takes fluoxetine for anxiety. Urgent care gave her clarithromycin for a chest infection and the pharmacist looked pretty worried when he saw her other meds. Is it ok to take clarithromycin together with fluoxetine?',
    focus: 'clarithromycin',
    types: ['interactions'],
  },
  // why: asks how long she can stay on it -> drug_usage, and whether it damages the lungs -> side_effects.
  {
    message:
      'My daughter (9) has spina bifida and does clean intermittent catheterization. She had five UTIs this year and each culture shows bacteria resistant to more antibiotics. Her urologist now suggests a low dose of nitrofurantoin every night. How long can a child safely stay on it? I also read it can damage the lungs, is that true?',
    focus: 'nitrofurantoin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks whether he will grow out of it -> prognosis.
  {
    message:
      "Our baby boy was found to have grade 4 vesicoureteral reflux after a kidney infection at 2 months. He's on trimethoprim every night now. Will he grow out of the reflux or is it something he'll have forever?",
    focus: 'vesicoureteral reflux',
    types: ['prognosis'],
  },
  // why: asks why she got it though she never smoked -> cause (one question asked twice).
  {
    subject: 'bronchiectasis',
    message:
      "I'm 58 and just got told I have bronchiectasis after a CT. My lung doctor mentioned putting me on azithromycin long term. I never smoked in my life, so how did I end up with this? What causes it?",
    focus: 'bronchiectasis',
    types: ['cause'],
  },
  // why: asks whether more antibiotics would help -> treatment, then a link with palpitations -> association.
  {
    message:
      "I was treated for Lyme disease with three weeks of doxycycline last year, but I'm still exhausted and my knees ache. Would another, longer course of antibiotics help? Also is there a link between Lyme and the heart palpitations I've been getting since?",
    focus: 'Lyme disease',
    types: ['treatment', 'association'],
  },
  // why: asks how to stop relapses -> prevention.
  {
    message:
      'After clindamycin for a tooth infection, my mum (78) got C diff colitis. She was treated with vancomycin and now its back for the second time. How do we stop it from coming back again? She is so weak.',
    focus: 'Clostridium difficile infection',
    types: ['prevention'],
  },
  // why: asks about daycare and the public pool -> lifestyle.
  {
    message:
      "Our 2 yo was diagnosed with severe congenital neutropenia in the spring. She gets G-CSF injections and takes an antibiotic every day to prevent infections. I'm supposed to go back to work in September. Can she go to daycare with other kids, and is the public pool ok?",
    focus: 'severe congenital neutropenia',
    types: ['lifestyle'],
  },
  // why: asks whether rifampin stops the pill working and for how long -> interactions (one question in two parts).
  {
    message:
      "I'm 23 and just started rifampin for latent TB (4 months). The nurse said something about it making my birth control pill not work. Is that true? And if so, for how long after my last rifampin dose do I need to use condoms as well?",
    focus: 'rifampin',
    types: ['interactions'],
  },
  // why: asks whether the children carry the same change -> inheritance.
  {
    message:
      'My mother went deaf after getting gentamicin in hospital, and genetic testing showed a mitochondrial change (MT-RNR1). The audiologist called it nonsyndromic hearing loss. Does that mean my kids and I carry the same thing?',
    focus: 'nonsyndromic hearing loss',
    types: ['inheritance'],
  },
  // why: asks whether the kids can catch it -> susceptibility, and whether they need medicine to not get sick -> prevention.
  {
    message:
      "My grandmother lives with us and was just diagnosed with TB. She'll be on four antibiotics for six months. Can the kids (4 and 7) catch it from her? Do they need to take some medicine too so they dont get sick?",
    focus: 'tuberculosis',
    types: ['susceptibility', 'prevention'],
  },
  // why: list: whether the teenagers could have it -> inheritance, lymphoma risk -> complications, support groups -> find_specialist.
  {
    subject: 'CVID questions',
    message:
      "Hi, sorry this is long. I'm 41 and for about ten years I had one sinus infection or pneumonia after another. My GP reckons I was on antibiotics 6 to 8 times a year, and in the end nothing worked anymore and I needed IV antibiotics twice. Last year an immunologist finally tested my antibodies and diagnosed common variable immunodeficiency. I now do subcutaneous immunoglobulin at home every week and honestly I feel better than I have in years. I still have some questions: 1) Is it hereditary? Could my two teenagers have it? 2) I read somewhere that people with CVID have a higher risk of lymphoma, is that true? 3) Are there any support groups in the UK? I don't know anyone else with this. Thank you.",
    focus: 'common variable immunodeficiency',
    types: ['inheritance', 'complications', 'find_specialist'],
  },
  // why: the one buried question is whether azithromycin can be taken with calcium (asked twice) -> interactions; the rest is story.
  {
    message:
      "Our daughter Maya is 6 and has 22q11.2 deletion syndrome. She had heart surgery as a baby and has low calcium, so she takes calcium and vitamin D every morning. Every winter she catches everything going around at school and ends up with bronchitis or pneumonia, so this year her immunologist started her on azithromycin three times a week from October to March. I've been giving it at breakfast together with the calcium because that's the only time I can get her to swallow anything. Now my sister says calcium stops antibiotics from working. Can she take the azithromycin with the calcium or do I need to space them out? She is doing so well otherwise and we don't want to mess it up.",
    focus: 'azithromycin',
    types: ['interactions'],
  },
  // why: both buried questions are about trials and new things being studied -> research.
  {
    message:
      "My son Liam is 16 and has Duchenne. He's been in a power chair since he was 11 and takes deflazacort. This winter a cold turned into pneumonia within two days and he spent 10 days in hospital on IV antibiotics and cough assist. The respiratory team told us his cough is now too weak to clear his chest and that every chest infection is dangerous for him. Seeing him like that scared me more than anything since the diagnosis. I know there's no cure, but I keep reading about gene therapy and exon skipping in the news. Are there any clinical trials he could still join at his age? Is anything new being studied to protect the lungs of older boys?",
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  // why: asks about playing soccer at college -> lifestyle, then the chance their kids have it -> inheritance.
  {
    message:
      'hey so im 17 and have sickle cell (HbSS). i took penicillin every day as a kid but my doctor stopped it when i was 5 and ive mostly been ok apart from a few crises a year. im going to college in the fall 6 hours away from home and my hematologist. can i join the intramural soccer team or is that too much for me? also my girlfriend found out shes a carrier, whats the chance our kids would have sickle cell if we had kids someday? not planning that anytime soon lol',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'inheritance'],
  },
  // why: the one question (asked twice) is whether he will recover or get worse over the years -> prognosis; the antibiotic is story.
  {
    message:
      "My husband was diagnosed with myasthenia gravis three years ago, eyes only at first and then generalized. It was well controlled with pyridostigmine and prednisone until last month when he got pneumonia. The ER gave him an antibiotic (I later found out it was one on the avoid list for MG) and within a day he couldn't swallow properly and was moved to the ICU for plasma exchange. He's home now but still weaker than before and very down. He keeps asking me if this is how it's going to be from now on. Will he get back to where he was before, or does MG usually get worse over the years?",
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  // why: asks whether spots and joint pain come from the medicine -> side_effects, how to stop it -> drug_usage, pregnancy -> contraindications.
  {
    message:
      "Hi, I'm 19 and I've been taking minocycline for acne for about 18 months (100mg a day). My dermatologist kept renewing it because it worked. Recently I noticed blue-grey spots on my shins and around an old scar, and my fingers and knees have been aching. My GP ran bloods, said something about drug-induced lupus and sent me back to the dermatologist, but the appointment is 6 weeks away. Could the spots and joint pain be from the minocycline? Is it ok to just stop it now on my own or do I have to taper off? And my boyfriend and I have been talking about maybe trying for a baby next year, would it be safe if I was still on it?",
    focus: 'minocycline',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  // why: asks whether she can take a long flight -> lifestyle, then whether her daughter or grandson could have it -> inheritance.
  {
    message:
      "I'm 52 and have had swollen legs since I was a teenager. For years doctors just told me to lose weight. This year I had cellulitis four times, twice bad enough to be admitted for IV antibiotics, and the lymphedema clinic finally said it's primary lymphedema, most likely Milroy disease since my mum had the same 'fat ankles'. I'm now on penicillin every day to stop the cellulitis and I wear compression stockings. My daughter lives in Australia and had a baby in March and I'm desperate to meet him. Can I do a 22 hour flight with my legs like this? And my daughter is worried, is it something she or her baby could have?",
    focus: 'Milroy disease',
    types: ['lifestyle', 'inheritance'],
  },
  // why: both questions ask what the amoxicillin is for and how it works -> indication; focus is the medicine.
  {
    subject: 'antibiotic before dentist??',
    message:
      "My son is 8. He was born with tetralogy of Fallot and had his full repair at 5 months. He's a happy busy kid, plays football, and his cardiologist sees him once a year. Last week the dentist refused to do his cleaning until we got him a dose of amoxicillin first, which nobody had ever mentioned before. The cardiology office sent the prescription but didn't explain anything. I don't like giving him antibiotics when he isn't sick. What exactly is the amoxicillin supposed to do before a cleaning? How does one dose protect his heart?",
    focus: 'amoxicillin',
    types: ['indication'],
  },
  // why: asks if coworkers can catch it -> susceptibility, whether it can be cured -> treatment, whether skin darkening comes from the medicines -> side_effects.
  {
    message:
      'Hello. I write for my friend from work, his english is not so good. Last month doctors say he has leprosy. He came from Brazil 3 years ago. Now he take medicines every day, rifampicin and dapsone and clofazimine, for one year. At work some people are afraid and do not want to sit near him at lunch, it make him very sad. Is it contagious for the people at work? Can this be cured complete after the medicines? Also his skin become more dark and red-brown, is this from the medicines or from the illness?',
    focus: 'leprosy',
    types: ['susceptibility', 'treatment', 'side_effects'],
  },
  // why: asks for an expert centre -> find_specialist, whether the son should be screened -> diagnosis, how common -> frequency.
  {
    message:
      "My wife has HHT (hereditary hemorrhagic telangiectasia). She has nosebleeds almost every day, and two years ago they found AVMs in her lungs which were closed off with coils. Since then she always has to take antibiotics before the dentist because of the risk of a brain abscess, which honestly terrifies me. We live in Saskatchewan and the closest doctor who really knows HHT seems to be very far away. Is there an HHT centre in Canada we should be going to? Our son, who's 10, has started having nosebleeds too. Should he be screened for it now or wait? And just out of curiosity, how common is HHT? Nobody we know has ever heard of it.",
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['find_specialist', 'diagnosis', 'frequency'],
  },
];
