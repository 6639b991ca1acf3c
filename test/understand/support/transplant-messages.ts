/**
 * "transplant" set. Messages about organ and stem cell transplants and life after them, and their medicines
 * (rejection, graft-versus-host disease, tacrolimus, mycophenolate, cyclosporine). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.875, type F1 0.809). Its focus was below the 0.9 floor every set is
 * held to; the names added in the same round (graft vs host disease, cyclosporin, the combined pill, ...)
 * brought it to 0.950. Scored by transplant.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --transplant --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRANSPLANT_MESSAGES: ConsumerMessage[] = [
  {
    // "tacrolimus grapefruit okay?" -> interactions (a medicine with a food)
    message: 'tacrolimus grapefruit okay?',
    focus: 'tacrolimus',
    types: ['interactions'],
  },
  {
    // "Is the shaking from the Prograf?" -> side_effects (whether a problem comes from the medicine)
    // "should I be taking it with food or on an empty stomach?" -> drug_usage (how to take the medicine)
    subject: 'shaky hands',
    message:
      'Hi, I got my kidney transplant 3 weeks ago (my sister was my donor!). Since I started' +
      ' Prograf my hands shake so much I can barely text. Is the shaking from the Prograf? ' +
      'And should I be taking it with food or on an empty stomach? The nurse told me but I ' +
      'honestly forgot. Thanks.',
    focus: 'Prograf',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Should I get tested for PKD before I donate?" -> diagnosis (whether someone should be tested)
    // "if I turn out not to have it, can my kids still get it?" -> inheritance (the chance a child gets it)
    subject: 'living donor question',
    message:
      'I want to donate a kidney to my brother, he has polycystic kidney disease and so did ' +
      "our mom. I'm 34 and feel fine. Should I get tested for PKD before I donate? And if I " +
      'turn out not to have it, can my kids still get it?',
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "What is GVHD exactly?" -> information (what the condition is)
    // "How do they treat it?" -> treatment (therapies)
    // "Will he grow out of it or is this for life?" -> prognosis (its course)
    message:
      'My son is 9 and had a bone marrow transplant for sickle cell in March from his ' +
      'sister. Now he has a red rash on his hands and bad diarrhea and the team says it is ' +
      'probably graft versus host disease. What is GVHD exactly? How do they treat it? Will ' +
      'he grow out of it or is this for life? We were so happy the sickle cell was gone and ' +
      'now this.',
    focus: 'graft-versus-host disease',
    types: ['information', 'treatment', 'prognosis'],
  },
  {
    // "Is it safe to get pregnant while on CellCept?" -> contraindications (pregnancy precaution)
    // "does it make the pill work less?" -> interactions (with another medicine, the birth control pill)
    subject: 'baby plans',
    message:
      "I'm 29 and take CellCept since my liver transplant two years ago. My husband and I " +
      'really want a baby. Is it safe to get pregnant while on CellCept? Also my doctor said' +
      ' to use 2 kinds of birth control - does it make the pill work less?',
    focus: 'CellCept',
    types: ['contraindications', 'interactions'],
  },
  {
    // "How do we safely throw them away?" -> storage_disposal (throwing away a medicine)
    message:
      'My dad finished his 100 days of valganciclovir after his kidney transplant and we ' +
      'have 20 tablets left. The pharmacist said not to flush them or crush them. How do we ' +
      'safely throw them away?',
    focus: 'valganciclovir',
    types: ['storage_disposal'],
  },
  {
    // "how common is rejection in the first year after a heart transplant?" -> frequency (how common it is)
    subject: 'heart transplant',
    message: 'how common is rejection in the first year after a heart transplant?',
    focus: 'transplant rejection',
    types: ['frequency'],
  },
  {
    // "What are the signs of rejection we should watch for at home?" -> symptoms (its signs)
    // "Why would his body reject it if he never misses his meds?" -> cause (why it happens)
    // "is there any way to check for it other than another bronchoscopy?" -> diagnosis (tests)
    message:
      'My husband got a new lung 8 months ago for IPF. He takes every pill on time and we ' +
      'still get warned about rejection at every clinic visit. What are the signs of ' +
      'rejection we should watch for at home? Why would his body reject it if he never ' +
      'misses his meds? And is there any way to check for it other than another ' +
      'bronchoscopy? He hates those.',
    focus: 'transplant rejection',
    types: ['symptoms', 'cause', 'diagnosis'],
  },
  {
    // "is that from the predisone?" -> side_effects (whether a problem comes from the medicine)
    // "can i just stop taking it?" -> drug_usage (stopping the medicine)
    subject: 'moon face',
    message:
      'been on predisone since my kidney transplant in jan, my face is so round my kids call' +
      ' me hamster cheeks lol. is that from the predisone? my creatinine is perfect now so ' +
      'can i just stop taking it?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Does Neoral contain alcohol?" -> ingredients (what the medicine contains)
    subject: 'alcohol in transplant meds?',
    message:
      'My son is 11 months sober and just had a heart transplant. Someone in his recovery ' +
      "group said Neoral has alcohol in it. Does Neoral contain alcohol? He doesn't want to " +
      'relapse but he needs his heart.',
    focus: 'Neoral',
    types: ['ingredients'],
  },
  {
    // "What is CMV exactly?" -> information (what the condition is)
    // "Can my grandchildren catch it from me?" -> susceptibility (whether someone can catch it)
    // "how do they keep me from getting sick with it?" -> prevention (preventing it)
    subject: 'CMV (cytomegalovirus) after transplant',
    message:
      'Hello, my kidney came from a CMV positive donor and I am CMV negative, so they call ' +
      'me high risk. What is CMV exactly? Can my grandchildren catch it from me? And how do ' +
      'they keep me from getting sick with it? Thank you.',
    focus: 'cytomegalovirus',
    types: ['information', 'susceptibility', 'prevention'],
  },
  {
    // "what is valgancyclovir for??" -> indication (what the medicine is for)
    // "how long do i have to take it for" -> drug_usage (how long to take it)
    message:
      'what is valgancyclovir for?? they sent me home with it after my liver transplant but ' +
      'i dont have any infection. and how long do i have to take it for',
    focus: 'valganciclovir',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Is there a support group for parents of children with liver transplants" -> find_specialist (group)
    // "are there any studies on how these kids do in school long term?" -> research (studies)
    subject: 'parents of liver transplant kids',
    message:
      'Our daughter had a liver transplant at 10 months and is now 4. We live in rural ' +
      "Nebraska and don't know any other families like us. Is there a support group for " +
      'parents of children with liver transplants, even online? Also are there any studies ' +
      'on how these kids do in school long term?',
    focus: 'liver transplant',
    types: ['find_specialist', 'research'],
  },
  {
    // "Is SCID inherited?" -> inheritance (whether it runs in families)
    // "Which gene usually causes it in boys?" -> genetic_changes (which gene)
    // "how rare is it?" -> frequency (how rare it is)
    message:
      'Our baby boy was flagged on the newborn screen and it turned out to be severe ' +
      'combined immunodeficiency (SCID). He is in isolation waiting for a stem cell ' +
      'transplant. Is SCID inherited? Which gene usually causes it in boys? And how rare is ' +
      'it? Nobody we know has ever heard of it.',
    focus: 'severe combined immunodeficiency',
    types: ['inheritance', 'genetic_changes', 'frequency'],
  },
  {
    // "Can I go back to gardening after my lung transplant?" -> lifestyle (daily life, a hobby)
    message:
      'Can I go back to gardening after my lung transplant? My coordinator said something ' +
      "about soil and mold spores and now I'm scared to touch my roses.",
    focus: 'lung transplant',
    types: ['lifestyle'],
  },
  {
    // "Is it ok to take advil ... when you are on cyclosporine?" -> interactions (with another medicine)
    message: 'Is it ok to take advil for a headache when you are on cyclosporine?',
    focus: 'cyclosporine',
    types: ['interactions'],
  },
  {
    // "What other health problems should I be watching for ...?" -> complications (problems it leads to)
    subject: 'long term after kidney transplant',
    message:
      "I'm 6 years out from my kidney transplant and doing great. My dermatologist now wants" +
      ' to see me every 6 months because of skin cancer risk, which caught me off guard. ' +
      'What other health problems should I be watching for long term after a kidney ' +
      'transplant?',
    focus: 'kidney transplant',
    types: ['complications'],
  },
  {
    // "Is there a link between the anti rejection drugs and diabetes?" -> association (with an exposure)
    // "Will it go away once the doses come down?" -> prognosis (its course)
    message:
      'Since my heart transplant last fall my sugars are high and my doctor says I have ' +
      'diabetes now. I never had it before. Is there a link between the anti rejection drugs' +
      ' and diabetes? Will it go away once the doses come down?',
    focus: 'diabetes',
    types: ['association', 'prognosis'],
  },
  {
    // "What causes biliary atresia?" -> cause (why it happens)
    // "Could it be from the antibiotics his mom took ...?" -> association (a named exposure as its cause)
    // "How common is it?" -> frequency (how common it is)
    subject: 'grandson',
    message:
      "My grandson had a Kasai operation for biliary atresia at 6 weeks old but it didn't " +
      'work and now he is on the list for a liver transplant. What causes biliary atresia? ' +
      'Could it be from the antibiotics his mom took while she was pregnant? She blames ' +
      'herself. How common is it?',
    focus: 'biliary atresia',
    types: ['cause', 'association', 'frequency'],
  },
  {
    // "Could his brother have Alport too ...?" -> inheritance (a sibling's chance)
    // "Should he be tested before they consider him as a donor?" -> diagnosis (testing)
    message:
      'My son (22) needs a kidney transplant because of Alport syndrome and his younger ' +
      'brother wants to donate. Could his brother have Alport too even though his kidneys ' +
      'seem fine? Should he be tested before they consider him as a donor?',
    focus: 'Alport syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can it spread to my lungs?" -> complications (other problems it can lead to)
    message:
      'Two years after my stem cell transplant for AML I have chronic graft vs host disease ' +
      'in my mouth and eyes. Can it spread to my lungs?',
    focus: 'chronic graft-versus-host disease',
    types: ['complications'],
  },
  {
    // "is that normal with it?" -> side_effects (whether a problem comes from the medicine)
    // "is there any kind of assistance program??" -> other (cost)
    subject: 'mycophenalate',
    message:
      "mycophenalate is giving me terrible diarrhea, I'm in the bathroom 6 times a day. is " +
      'that normal with it? also my new insurance wants $400 a month for it, is there any ' +
      'kind of assistance program??',
    focus: 'mycophenolate',
    types: ['side_effects', 'other'],
  },
  {
    // "what is PTLD?" -> information (what the condition is)
    subject: 'post-transplant lymphoproliferative disease',
    message: 'what is PTLD?',
    focus: 'Post-transplant lymphoproliferative disease',
    types: ['information'],
  },
  {
    // "What is BK virus nephropathy?" -> information (what the condition is)
    // "so how do they treat it?" -> treatment (therapies)
    message:
      "My wife's creatinine went up a year after her kidney transplant and the biopsy showed" +
      " BK virus nephropathy. What is BK virus nephropathy? The doctor said there's no real " +
      'antiviral for it, so how do they treat it?',
    focus: 'BK-virus nephropathy',
    types: ['information', 'treatment'],
  },
  {
    // "Will I get hep C if I take it?" -> susceptibility (whether someone can catch it)
    // "If I do, can it be cured afterwards?" -> treatment (cure)
    subject: 'offered a hep C liver',
    message:
      'I have been waiting 2 years for a liver and they just offered me one from a donor who' +
      ' had hepatitis C. I have to decide fast. Will I get hep C if I take it? If I do, can ' +
      'it be cured afterwards?',
    focus: 'hepatitis C',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "Could the years of prednisone have caused her osteoporosis?" -> association (named exposure as cause)
    // "What can she take for her bones that won't cause trouble for her new kidney?" -> treatment (medicine)
    // "is it still safe for her to keep doing her water aerobics" -> lifestyle (exercise)
    message:
      'Hello, I am writing for my mother who is 62 and five years out from her kidney ' +
      'transplant. Last month she slipped on the ice and broke her wrist, and the bone scan ' +
      'afterwards showed osteoporosis. She has been on prednisone the whole time since the ' +
      'transplant, and before that she was on dialysis for years. Could the years of ' +
      "prednisone have caused her osteoporosis? What can she take for her bones that won't " +
      'cause trouble for her new kidney? And is it still safe for her to keep doing her ' +
      'water aerobics three times a week, or should she stop? She loves it and it is her ' +
      'main social outing. Thank you for any help you can give us.',
    focus: 'osteoporosis',
    types: ['association', 'treatment', 'lifestyle'],
  },
  {
    // "Is sirolimus safe while breastfeeding?" -> contraindications (breastfeeding precaution)
    message:
      'My transplant doctor wants to switch me from tacrolimus to sirolimus because of my ' +
      "kidneys. I'm breastfeeding my 3 month old. Is sirolimus safe while breastfeeding?",
    focus: 'sirolimus',
    types: ['contraindications'],
  },
  {
    // "Is it from all the steroids he got for GVHD?" -> association (a named exposure asked as its cause)
    // "Will he need hip replacements at his age?" -> treatment (surgery)
    // "Is it going to keep getting worse?" -> prognosis (whether it gets worse)
    subject: 'hip pain after BMT',
    message:
      'My 16 yr old had a BMT for leukemia last year and now both hips hurt. MRI shows ' +
      'avascular necrosis. Is it from all the steroids he got for GVHD? Will he need hip ' +
      'replacements at his age? Is it going to keep getting worse?',
    focus: 'avascular necrosis',
    types: ['association', 'treatment', 'prognosis'],
  },
  {
    // "What is the life expectancy after a lung transplant these days?" -> prognosis (life expectancy)
    // "how long is the waiting list usually?" -> other (waiting list, not medical)
    message:
      'My brother is 26 with cystic fibrosis and is being evaluated for a double lung ' +
      'transplant. What is the life expectancy after a lung transplant these days? And how ' +
      'long is the waiting list usually?',
    focus: 'lung transplant',
    types: ['prognosis', 'other'],
  },
  {
    // "What do they do to prevent graft vs host disease (GVHD)?" -> prevention (preventing it)
    subject: 'haplo transplant next month',
    message:
      'Our daughter is getting a haploidentical stem cell transplant for sickle cell disease' +
      ' next month, with her dad as the donor. What do they do to prevent graft vs host ' +
      'disease (GVHD)? I have read terrible things.',
    focus: 'graft-versus-host disease',
    types: ['prevention'],
  },
  {
    // "Is there a center in Texas with a lot of experience with WAS?" -> find_specialist (expert centers)
    // "Is a transplant the only cure or is there anything else?" -> treatment (cures)
    message:
      'Our 1 year old son has Wiskott-Aldrich syndrome and his hematologist says he needs a ' +
      'bone marrow transplant. Is there a center in Texas with a lot of experience with WAS?' +
      ' Is a transplant the only cure or is there anything else?',
    focus: 'Wiskott-Aldrich syndrome',
    types: ['find_specialist', 'treatment'],
  },
  {
    // "do I take it now or skip it and take the morning one as normal?" -> drug_usage (a missed dose)
    subject: 'missed dose!!',
    message:
      "I forgot my evening tacrolimus and just remembered, it's 2am. do I take it now or " +
      'skip it and take the morning one as normal?',
    focus: 'tacrolimus',
    types: ['drug_usage'],
  },
  {
    // "Am I more likely to get kidney failure myself later ...?" -> susceptibility (risk from exposure)
    // "What can I do to protect the one I keep so it never fails?" -> prevention (preventing it)
    subject: 'donating to my husband',
    message:
      "I'm giving my husband one of my kidneys in May. I'm 41 and healthy. Am I more likely " +
      'to get kidney failure myself later because I only have one kidney left? What can I do' +
      ' to protect the one I keep so it never fails?',
    focus: 'kidney failure',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Is there anything they can give her so she doesn't catch it?" -> prevention (preventing it)
    // "What signs should we watch for?" -> symptoms (its signs)
    message:
      'My 5 year old had a kidney transplant last year and a boy in her class came down with' +
      " chicken pox on Friday. Is there anything they can give her so she doesn't catch it? " +
      'What signs should we watch for?',
    focus: 'chickenpox',
    types: ['prevention', 'symptoms'],
  },
  {
    // "Can Fanconi anemia still turn into leukemia ...?" -> complications (turning into another condition)
    // "Are there any studies on gene therapy for FA?" -> research (new treatments being studied)
    message:
      'My niece has Fanconi anemia and had a stem cell transplant in the fall. Can Fanconi ' +
      'anemia still turn into leukemia or other cancers even after a transplant? Are there ' +
      'any studies on gene therapy for FA? My sister wants to know all the options.',
    focus: 'Fanconi anemia',
    types: ['complications', 'research'],
  },
  {
    // "Does dilated cardiomyopathy run in families?" -> inheritance (whether it runs in families)
    // "Is there a gene for it?" -> genetic_changes (which gene)
    // "what tests should the kids have?" -> diagnosis (tests for relatives)
    subject: 'heart transplant - kids screening',
    message:
      'my husband got a heart transplant last year for dilated cardiomyopathy, he was only ' +
      '38. the cardiologist said our 3 kids should be checked. Does dilated cardiomyopathy ' +
      'run in families? Is there a gene for it? what tests should the kids have?',
    focus: 'dilated cardiomyopathy',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  {
    // "What does everolimus do?" -> indication (what the medicine is for, how it works)
    message:
      'What does everolimus do? My cardiologist added it after my heart transplant and I ' +
      'always thought it was a cancer drug.',
    focus: 'everolimus',
    types: ['indication'],
  },
  {
    // "Is it OK to take them together?" -> interactions (a medicine with another medicine)
    message:
      'I have a kidney transplant and take azathioprine. Now I have gout and my GP wants to ' +
      'start me on allopurinol. Is it OK to take them together?',
    focus: 'azathioprine',
    types: ['interactions'],
  },
  {
    // "is this the cyclosporin?" -> side_effects (whether a problem comes from the medicine)
    subject: 'gums',
    message: 'my gums are growing over my teeth, is this the cyclosporin?',
    focus: 'cyclosporine',
    types: ['side_effects'],
  },
  {
    // "can we get a puppy now that our son has had his kidney transplant?" -> lifestyle (daily life, pets)
    message: 'can we get a puppy now that our son has had his kidney transplant?',
    focus: 'kidney transplant',
    types: ['lifestyle'],
  },
];
