/**
 * "immunodeficiency" set. Messages about primary immunodeficiencies (common variable immunodeficiency,
 * X-linked agammaglobulinemia, severe combined immunodeficiency, chronic granulomatous disease, DiGeorge
 * syndrome, hyper IgE syndrome): immunoglobulin infusions, infections, vaccines, antibiotics, transplant,
 * with other questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.830).
 * Scored by immunodeficiency.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --immunodeficiency --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const IMMUNODEFICIENCY_MESSAGES: ConsumerMessage[] = [
  // why: only asks what the condition is -> information
  {
    message:
      'hi. got told today i have CVID. doctor talked fast and i just nodded. what actually is it?? in plain english please',
    focus: 'common variable immunodeficiency',
    types: ['information'],
  },
  // why: chance that her unborn son has her brother's X-linked condition -> inheritance
  {
    subject: 'XLA and my pregnancy',
    message:
      "My brother has X-linked agammaglobulinemia and I'm 20 weeks pregnant with a boy. What are the chances he has it too?",
    focus: 'X-linked agammaglobulinemia',
    types: ['inheritance'],
  },
  // why: diagnosis already confirmed; survival after transplant -> prognosis; other options than transplant -> treatment
  {
    message:
      'My grandson was born 3 weeks ago and the newborn screen came back positive for SCID, and now they have confirmed it. The doctors are talking about a bone marrow transplant. What are his chances of survival after the transplant? Is there any other way to treat it besides transplant? We are all so scared.',
    focus: 'severe combined immunodeficiency',
    types: ['prognosis', 'treatment'],
  },
  // why: swimming at summer camp is daily life -> lifestyle
  {
    message:
      'son (9) has chronic granulomatous disease. can he go swimming in the lake at summer camp?? his immunologist mentioned no gardening and no mulch but didnt say anything about lakes',
    focus: 'chronic granulomatous disease',
    types: ['lifestyle'],
  },
  // why: whether hearing loss belongs to it -> symptoms; support at school -> lifestyle
  {
    message:
      "Our daughter has 22q11.2 deletion syndrome. Does it cause hearing loss? She's starting kindergarten in the fall, what kind of support should we ask the school for?",
    focus: '22q11.2 deletion syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: already diagnosed; asks whether retained baby teeth are a sign of it -> symptoms
  {
    message:
      "My daughter was diagnosed with hyper IgE syndrome last year. She is 9 and her baby teeth just won't fall out, the dentist had to pull two of them. Is that part of the syndrome?",
    focus: 'hyper IgE syndrome',
    types: ['symptoms'],
  },
  // why: life expectancy -> prognosis; enrolling gene therapy trials -> research
  {
    message:
      "wiskott aldrich syndrome. whats the life expectancy now days? and is there any gene therapy trials that are enrolling, we're in canada",
    focus: 'Wiskott-Aldrich syndrome',
    types: ['prognosis', 'research'],
  },
  // why: a missed dose of the medicine -> drug_usage; focus is the medicine
  {
    message:
      "My son with CGD takes Bactrim every day to prevent infections. He forgot yesterday's dose. Should I give him two today?",
    focus: 'Bactrim',
    types: ['drug_usage'],
  },
  // why: higher risk of leukemia -> complications; wheelchair -> prognosis; how common -> frequency
  {
    message:
      'My son Leo is 5 and was just diagnosed with ataxia-telangiectasia. I have so many questions. Is he at higher risk of getting leukemia or lymphoma? Will he end up in a wheelchair, and when? And how common is this? Nobody in our town has ever heard of it.',
    focus: 'ataxia-telangiectasia',
    types: ['complications', 'prognosis', 'frequency'],
  },
  // why: how rare -> frequency; condition named mostly in the subject line
  {
    subject: 'IgA deficiency',
    message: 'Blood test shows I have no IgA at all. How rare is this??',
    focus: 'IgA deficiency',
    types: ['frequency'],
  },
  // why: a link between two conditions -> association; IgA deficiency is the main one
  {
    message:
      'Is there a connection between IgA deficiency and celiac disease? Me and my sister both have low IgA and she has celiac.',
    focus: 'IgA deficiency',
    types: ['association'],
  },
  // why: which gene -> genetic_changes; whether girls can get an X-linked condition -> inheritance
  {
    message: 'What gene is behind X-linked hyper IgM syndrome? Can girls get it or only boys?',
    focus: 'X-linked hyper IgM syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: transplant the only cure -> treatment; brother likely to have it -> inheritance; should brother be tested -> diagnosis
  {
    message:
      'My nephew (14) got really sick with mono last winter and after a lot of tests they found he has X-linked lymphoproliferative disease. They say the only cure is a stem cell transplant, is that really true? His little brother is 8 - is he likely to have it too? Should he get tested even though he is healthy?',
    focus: 'X-linked lymphoproliferative disease',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  // why: asks for sun sensitivity from the medicine -> side_effects; drinks with it -> interactions
  {
    message:
      "I'm on Septrin (co-trimoxazole) every day for my CVID. Can it make me burn in the sun more? And is it ok to have a few drinks on holiday while I'm on it?",
    focus: 'co-trimoxazole',
    types: ['side_effects', 'interactions'],
  },
  // why: asks only about enrolling clinical trials -> research
  {
    message:
      'Are there any clinical trials for gene therapy for ADA deficiency SCID in the US? Our daughter is on enzyme replacement for now.',
    focus: 'adenosine deaminase deficiency',
    types: ['research'],
  },
  // why: how it is confirmed -> diagnosis; what causes it -> cause
  {
    subject: 'APECED?',
    message:
      'How do they confirm APECED? My daughter (11) has thrush in her mouth all the time, low calcium, and now her nails are getting thick. Her doctor thinks it might be that. Also what causes it?',
    focus: 'APECED',
    types: ['diagnosis', 'cause'],
  },
  // why: outlook after transplant -> prognosis
  {
    message:
      'What is the outlook for babies with Omenn syndrome after transplant? Our son is 4 months old and his transplant is next week.',
    focus: 'Omenn syndrome',
    types: ['prognosis'],
  },
  // why: whether boyfriend can catch it -> susceptibility; what to use when fluconazole fails -> treatment of the condition
  {
    message:
      'i have chronic mucocutaneous candidiasis since child. my new boyfriend is worried. can he catch it from me by kissing? and what treatment is there when fluconazole is not work anymore, i am taking it 10 years',
    focus: 'chronic mucocutaneous candidiasis',
    types: ['susceptibility', 'treatment'],
  },
  // why: a new pill for it being available -> treatment; being studied in younger children -> research
  {
    message:
      'My son has activated PI3K delta syndrome (APDS). I heard there is a new pill that targets the actual problem. Is that available for him? Is it being studied in children younger than 12?',
    focus: 'activated PI3K delta syndrome',
    types: ['treatment', 'research'],
  },
  // why: with food or not -> drug_usage; with omeprazole -> interactions; liver problems from it -> side_effects
  {
    message:
      'itraconazole capsules - with food or on an empty stomach? also i take omeprazole, is that a problem together? and can it mess up your liver, my last bloods were a bit off. (i have CGD, take it every day)',
    focus: 'itraconazole',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: asks whether two conditions are the same -> information; focus is the condition the grandson has
  {
    message:
      'Our grandson has been diagnosed with cartilage-hair hypoplasia. Is that the same thing as achondroplasia? He is short like the children with achondroplasia but someone told us it is a different kind of dwarfism.',
    focus: 'cartilage-hair hypoplasia',
    types: ['information'],
  },
  // why: same as CVID? -> information; will immunoglobulin help -> treatment; two conditions named, Good syndrome is hers
  {
    message:
      'I had a thymoma taken out in 2019 and my immunologist now says I have Good syndrome. Is that the same as CVID? My friend with CVID gets immunoglobulin infusions - will that help me too?',
    focus: 'Good syndrome',
    types: ['information', 'treatment'],
  },
  // why: which gene -> genetic_changes (focus is the full knowledge-base name of WHIM)
  {
    message: 'Which gene is involved in WHIM syndrome? Is it CXCR4?',
    focus: 'warts, hypogammaglobulinemia, infections, and myelokathexis',
    types: ['genetic_changes'],
  },
  // why: whether it can turn into another condition -> complications
  {
    message:
      'Can severe congenital neutropenia turn into leukemia? My son has been on daily injections since he was a baby.',
    focus: 'severe congenital neutropenia',
    types: ['complications'],
  },
  // why: "could this be X" and "what test" are both diagnosis
  {
    message:
      'My daughter (6) gets mouth ulcers and high fevers every three weeks, like clockwork. It has been going on for 2 years. Could this be cyclic neutropenia? What test would show it?',
    focus: 'cyclic neutropenia',
    types: ['diagnosis'],
  },
  // why: transplant vs medicines -> treatment; experienced hospitals -> find_specialist
  {
    message:
      'Our son has DOCK8 deficiency. Does he really need a stem cell transplant, or can the infections and the eczema be managed with medicines? Which hospitals in Europe have the most experience with it?',
    focus: 'DOCK8 deficiency',
    types: ['treatment', 'find_specialist'],
  },
  // why: immunologist who knows it -> find_specialist; insurance and cost help -> other
  {
    message:
      'Moved to Tucson last month. I need an immunologist who actually knows CVID. Also my new insurance is refusing to pay for my subcutaneous infusions, is there any program that helps with the cost?',
    focus: 'common variable immunodeficiency',
    types: ['find_specialist', 'other'],
  },
  // why: classroom, PE and school trip -> lifestyle (a teacher asking)
  {
    message:
      "I'm a 2nd grade teacher. One of my students had a bone marrow transplant for SCID two years ago and is coming back to school in September. Is there anything special I should do in the classroom? Can he do PE and come on the class trip to the farm?",
    focus: 'severe combined immunodeficiency',
    types: ['lifestyle'],
  },
  // why: infusions for life -> treatment; normal life span -> prognosis; support group -> find_specialist
  {
    message:
      'Hello, my son is 6 and has XLA. He gets his IVIG every 3 weeks at the hospital. Will he need it for his whole life? Can he live a normal life span? And is there a support group for parents, I feel very alone. Thank you',
    focus: 'X-linked agammaglobulinemia',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: same as XLA? -> information; hereditary, could kids have it -> inheritance; two conditions, CVID is hers
  {
    message:
      'just diagnosed w/ CVID at 34. is it the same as XLA? my cousin has XLA. is CVID hereditary, could my kids have it??',
    focus: 'common variable immunodeficiency',
    types: ['information', 'inheritance'],
  },
  // why: low calcium and seizures as signs -> symptoms; higher risk of schizophrenia -> complications
  {
    message:
      'My daughter has DiGeorge syndrome. Does it cause low calcium and seizures? I also read something scary online - is she more likely to develop schizophrenia as a teenager?',
    focus: 'DiGeorge syndrome',
    types: ['symptoms', 'complications'],
  },
  // why: lung cysts from it -> complications; what can be done -> treatment; pass on to kids -> inheritance
  {
    subject: 'Job syndrome questions',
    message:
      'My husband has Job syndrome (STAT3). He had pneumonia twice this year and the CT shows cysts in his lung. Are the lung cysts a complication of it? What can be done for them, is surgery an option? And can he pass it on to our kids?',
    focus: 'Job syndrome',
    types: ['complications', 'treatment', 'inheritance'],
  },
  // why: why the infections keep happening -> cause; preventing the next one -> prevention; medicines only mentioned
  {
    message:
      'CGD - my boy keeps getting abscesses, liver last year and now one in his neck. he already takes bactrim and itraconazole. why does he keep getting these?? what can we do to prevent the next one',
    focus: 'chronic granulomatous disease',
    types: ['cause', 'prevention'],
  },
  // why: how it works -> indication; fridge and flying -> storage_disposal; flu-like feeling after shots -> side_effects
  {
    message:
      "Our daughter's immunologist wants her to start interferon gamma-1b injections for her CGD. How does it work? Does it have to be kept in the fridge, and what do we do with it when we fly to see her grandparents? Are the flu-like symptoms after the shot normal?",
    focus: 'interferon gamma-1b',
    types: ['indication', 'storage_disposal', 'side_effects'],
  },
  // why: who should not have the vaccine -> contraindications; focus is the vaccine
  {
    message: 'can a kid with XLA have the MMR vaccine',
    focus: 'MMR vaccine',
    types: ['contraindications'],
  },
  // why: safe for her -> contraindications; doses and spacing -> drug_usage; gelatin in it -> ingredients
  {
    message:
      'My daughter has partial DiGeorge, her T cell counts are normal now according to the immunologist. Is the chickenpox vaccine safe for her? If yes how many doses does she need and how far apart? Also does it contain gelatin, she reacted to something with gelatin before.',
    focus: 'varicella vaccine',
    types: ['contraindications', 'drug_usage', 'ingredients'],
  },
  // why: hearing damage from it -> side_effects; what it does without an infection -> indication
  {
    message:
      "I have CVID with bronchiectasis and my lung doctor put me on azithromycin three times a week, long term. Can it damage my hearing? And what is it even doing when I don't have an infection right now?",
    focus: 'azithromycin',
    types: ['side_effects', 'indication'],
  },
  // why: what it is for -> indication; how often given -> drug_usage; focus is the medicine (Synagis)
  {
    message:
      'our baby has SCID and is waiting for his transplant. the team said he will get synagis shots over the winter. what is that for? how often do they give it?',
    focus: 'palivizumab',
    types: ['indication', 'drug_usage'],
  },
  // why: whether low antibodies come from the medicine -> side_effects
  {
    message:
      'Can rituximab cause low antibody levels? My IgG dropped a lot after I had it for rheumatoid arthritis and now they mention I might have CVID',
    focus: 'rituximab',
    types: ['side_effects'],
  },
  // why: how it is passed on -> inheritance; how many people -> frequency
  {
    message:
      'how is nijmegen breakage syndrome passed on? and how many ppl have it? we are polish and the doctor said its more common here',
    focus: 'Nijmegen breakage syndrome',
    types: ['inheritance', 'frequency'],
  },
];
