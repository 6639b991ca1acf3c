/**
 * "siblings" set. Messages from brothers and sisters about a sibling's condition (a rare disease, a mental
 * illness, a cancer, a twin): whether they could have it or pass it on, how to help, what will happen. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.844). Scored by siblings.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --siblings --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SIBLINGS_MESSAGES: ConsumerMessage[] = [
  // why: "could I be a carrier" asks whether she carries it, which is inheritance
  {
    subject: 'my brother',
    message:
      "My little brother was just diagnosed with Duchenne muscular dystrophy. I'm his big sister, I'm 24 and I'd like to have kids one day. Could I be a carrier?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance'],
  },
  // why: "am I going to get it too" asks a sibling's chance (inheritance); "what are the early signs" asks symptoms
  {
    message:
      "My sister has had schizophrenia since she was 19. I'm 17 now and honestly scared. Am I going to get it too? And what are the early signs I should watch for in myself?",
    focus: 'schizophrenia',
    types: ['inheritance', 'symptoms'],
  },
  // why: "will I get it as well" asks a twin's chance (inheritance); "a test that can tell" asks diagnosis; "can anything be done to stop it" asks prevention
  {
    message:
      'Hi, my identical twin was diagnosed with type 1 diabetes last month, we are 14. Does that mean I will get it as well? Is there a test that can tell if I am going to get it? And can anything be done to stop it from happening to me?',
    focus: 'type 1 diabetes',
    types: ['inheritance', 'diagnosis', 'prevention'],
  },
  // why: "what is cystic fibrosis" asks what the condition is
  {
    message:
      'what is cystic fibrosis? my baby brother has it and mum keeps crying and nobody will explain it to me. im 13',
    focus: 'cystic fibrosis',
    types: ['information'],
  },
  // why: "what does the test involve" asks diagnosis; "what are the chances our kids get it" asks inheritance
  {
    subject: "Huntington's in the family",
    message:
      "Our older brother tested positive for Huntington's disease last year, he is 38. My sister and I are both thinking about getting tested but we are terrified. What exactly does the test involve? And if one of us has it, what are the chances our kids get it?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'inheritance'],
  },
  // why: "how long do babies with it usually live" asks life expectancy, which is prognosis
  {
    message:
      'My baby sister was diagnosed with SMA type 1 when she was four months old. How long do babies with it usually live? I need to know what to expect.',
    focus: 'SMA type 1',
    types: ['prognosis'],
  },
  // why: "is it dangerous to drink on lithium" asks interactions with alcohol; "could that be the lithium" asks whether weight gain is a side effect
  {
    message:
      'My brother has bipolar disorder and started on lithium two months ago. He still drinks quite a lot at the weekends with his mates. Is it dangerous to drink on lithium? Also he has put on a lot of weight, could that be the lithium?',
    focus: 'lithium',
    types: ['interactions', 'side_effects'],
  },
  // why: "long-term effects on her heart and bones" asks complications; "will she ever fully recover" asks prognosis; "stops her relapsing" asks prevention of relapses
  {
    subject: 'sister with anorexia',
    message:
      'My sister is 16 and has anorexia nervosa. She has been in an eating disorder unit for six weeks and is coming home soon. What are the long-term effects on her heart and bones? Will she ever fully recover? And is there anything that stops her relapsing once she is home? I just want my sister back.',
    focus: 'anorexia nervosa',
    types: ['complications', 'prognosis', 'prevention'],
  },
  // why: "something I can catch from my brother" asks whether it is contagious, which is susceptibility
  {
    message:
      'Is sickle cell anemia something I can catch from my brother? We share a room and sometimes drink from the same cup.',
    focus: 'sickle cell anemia',
    types: ['susceptibility'],
  },
  // why: "could that be Marfan syndrome too" asks whether her own signs could be it (diagnosis); "which doctor should I see" asks find_specialist
  {
    message:
      "My older brother was diagnosed with Marfan syndrome after an eye exam. I'm tall and skinny like him, my fingers are really long and my joints bend a lot. Could that be Marfan syndrome too? Which kind of doctor should I see to get checked?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "what gene is affected" and the question about "full mutation" ask the gene and mutation, which is genetic_changes
  {
    message:
      'What gene is affected in fragile X? My brother\'s genetic report says FMR1 and "full mutation" and I have no idea what that means.',
    focus: 'fragile X',
    types: ['genetic_changes'],
  },
  // why: "chances of being cured" asks prognosis; "what causes it" asks cause; "could I get it too because we are siblings" asks a sibling's chance (inheritance)
  {
    message:
      "My brother is 9 and has acute lymphoblastic leukemia. He's been so brave. What are his chances of being cured? What causes it in a kid who was totally healthy? Is it something I could get too because we are brothers?",
    focus: 'acute lymphoblastic leukemia',
    types: ['prognosis', 'cause', 'inheritance'],
  },
  // why: "should I be tested" asks diagnosis; "anything that helps with the pain" asks treatment
  {
    subject: 'twin with EDS',
    message:
      'My twin sister (we are not identical) was diagnosed with hypermobile Ehlers-Danlos syndrome last year. I get a lot of joint pain too and my shoulder has popped out twice. Should I be tested? And is there anything that actually helps with the pain?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: "going to get better as he grows up" asks the course, which is prognosis
  {
    message:
      "Is my brother's Tourette syndrome going to get better as he grows up? He's 11 and his tics are really bad right now, kids at school laugh at him.",
    focus: 'Tourette syndrome',
    types: ['prognosis'],
  },
  // why: "what is clozapine for exactly" asks indication; "is that from the medicine" asks whether drooling is a side effect
  {
    message:
      'my brother has schizophrenia and nothing has worked so they put him on clozapine. what is clozapine for exactly, is it different from the others? and he drools a lot at night now, is that from the medicine??',
    focus: 'clozapine',
    types: ['indication', 'side_effects'],
  },
  // why: "how do they check whether I have it" and "is an ultrasound enough" ask the same thing, testing, which is diagnosis
  {
    subject: 'PKD',
    message:
      'My sister found out she has polycystic kidney disease at 35 when they were looking into her high blood pressure. How do they check whether I have it too? Is an ultrasound enough or do I need a gene test?',
    focus: 'polycystic kidney disease',
    types: ['diagnosis'],
  },
  // why: "will my son have it" asks inheritance; "can they test him before he is born" asks diagnosis; "new treatments like gene therapy being tested" asks research
  {
    message:
      "My brother has severe hemophilia A. I'm 22 and pregnant with a boy. Will my son have it? Can they test him before he is born? And are there any new treatments like gene therapy being tested at the moment?",
    focus: 'hemophilia A',
    types: ['inheritance', 'diagnosis', 'research'],
  },
  // why: "could be because of the birth control pill" asks whether a named exposure caused it, which is association
  {
    message:
      'could my sisters depression be because of the birth control pill she started in the spring? she was fine before that',
    focus: 'depression',
    types: ['association'],
  },
  // why: "go to a regular school" asks lifestyle; "what is her life expectancy" asks prognosis
  {
    message:
      "My little sister has Down syndrome and she is the best. Will she be able to go to a regular school like me? And what is her life expectancy? Someone at school said people with Down syndrome don't live long and I cried.",
    focus: 'Down syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "tell me about this condition" asks for an overview, which is information
  {
    message:
      'Hello, my little sister has just been diagnosed with Rett syndrome. Could you please tell me about this condition? Thank you.',
    focus: 'Rett syndrome',
    types: ['information'],
  },
  // why: "should I get my heart checked" asks whether a relative should be tested (diagnosis); "allowed to play football again" asks lifestyle
  {
    subject: "brother's heart",
    message:
      "My brother collapsed during a football match and they found hypertrophic cardiomyopathy. He's 17. I'm 15 and play football too. Should I get my heart checked? Will he be allowed to play football again?",
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "what symptoms would I have" asks symptoms; "should I be tested" asks diagnosis; "special diet" asks lifestyle
  {
    message:
      'My brother was diagnosed with Wilson disease after he had liver problems at 20. What symptoms would I have if I had it? Should I be tested even though I feel fine? Also is there a special diet he needs to follow? I do most of the cooking at home.',
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis', 'lifestyle'],
  },
  // why: "is Becker the same as Duchenne" asks the difference between two conditions, which is information
  {
    subject: 'Becker vs Duchenne',
    message:
      "Is Becker muscular dystrophy the same as Duchenne? My brother's doctor said Becker but when I search online I mostly find Duchenne.",
    focus: 'Becker muscular dystrophy',
    types: ['information'],
  },
  // why: "does autism run in families" asks inheritance; "causes it like vaccines" asks about a named exposure as its cause, which is association
  {
    message:
      'my twin brother is autistic and i am not. does autism run in families? and could the vaccines he had as a baby have caused it? my aunt keeps saying that',
    focus: 'autism',
    types: ['inheritance', 'association'],
  },
  // why: "support groups for teenagers who have a brother with it" asks for support groups, which is find_specialist
  {
    subject: 'support for siblings',
    message:
      "Are there any support groups for teenagers who have a brother or sister with Batten disease? I'm 15 and I don't know anyone else like me.",
    focus: 'Batten disease',
    types: ['find_specialist'],
  },
  // why: "more likely for me to get it because she has it" asks a sibling's chance (inheritance); "chance it will come back" asks the course, which is prognosis
  {
    message:
      'My sister (27) has Hodgkin lymphoma and starts chemo next week. Is it more likely for me to get it because she has it? And is there a chance it will come back after the treatment is finished?',
    focus: 'Hodgkin lymphoma',
    types: ['inheritance', 'prognosis'],
  },
  // why: "can the lumps turn into cancer" asks complications; "could I have NF1 too" given her own spots asks diagnosis; "is there a cure" asks treatment
  {
    subject: 'big sister worried',
    message:
      'My brother has neurofibromatosis type 1. He has lots of light brown spots and now some soft lumps under the skin. Can the lumps turn into cancer? I have a few brown spots myself, could I have NF1 too? Is there a cure?',
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'diagnosis', 'treatment'],
  },
  // why: "how rare is it" asks frequency
  {
    message:
      "How rare is Fabry disease? My brother's kidney doctor said he had only seen it twice in his whole career.",
    focus: 'Fabry disease',
    types: ['frequency'],
  },
  // why: "can I give it to him at 4pm" asks a missed dose (drug_usage); "okay with his cold medicine" asks interactions
  {
    message:
      "Mum is away this week so I'm looking after my little brother, he takes methylphenidate for his ADHD. He forgot his morning tablet today, can I give it to him at 4pm or is that too late? And is it okay for him to take it with the cold medicine he's on?",
    focus: 'methylphenidate',
    types: ['drug_usage', 'interactions'],
  },
  // why: "could that have caused the cancer" asks whether a named exposure (a kick) caused it, which is association
  {
    subject: 'Is it my fault?',
    message:
      "My sister has osteosarcoma in her leg. Two months before they found it I kicked her right there when we were fighting. Could that have caused the cancer? I can't stop thinking about it.",
    focus: 'osteosarcoma',
    types: ['association'],
  },
  // why: "should the rest of us be tested" asks diagnosis; "eat a little bit of gluten" asks diet, which is lifestyle
  {
    message:
      'My sister has celiac disease. Should the rest of us be tested? I get bloated a lot after pasta. And can she eat just a little bit of gluten at my birthday party or is that a bad idea?',
    focus: 'celiac disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "what triggers the manic episodes" asks what brings on attacks (cause); "how can we stop her getting ill again" asks prevention of relapses; "siblings have a higher chance" asks inheritance
  {
    message:
      'My older sister has bipolar disorder and has been in hospital twice now. What triggers the manic episodes? How can we stop her getting ill again? And is it true that brothers and sisters have a higher chance of having it?',
    focus: 'bipolar disorder',
    types: ['cause', 'prevention', 'inheritance'],
  },
  // why: "will he go completely blind" asks the outlook, which is prognosis
  {
    message: 'My brother has retinitis pigmentosa. Will he go completely blind?',
    focus: 'retinitis pigmentosa',
    types: ['prognosis'],
  },
  // why: "chances our baby has it" asks inheritance; "trials of gene therapy" asks research
  {
    subject: 'Thalassemia',
    message:
      'My brother has beta thalassemia major and needs blood transfusions every month. I have just found out I have the trait. If my husband also has the trait, what are the chances our baby has beta thalassemia major? Also are there any trials of gene therapy for it? My brother would love to stop the transfusions.',
    focus: 'beta thalassemia major',
    types: ['inheritance', 'research'],
  },
  // why: "how is it treated" asks treatment
  {
    message:
      "My brother is 16 and they just found out he has Klinefelter syndrome. He doesn't want to talk about it. How is it treated?",
    focus: 'Klinefelter syndrome',
    types: ['treatment'],
  },
  // why: "is it safe for the baby" asks pregnancy precautions (contraindications); "keep taking the same dose" asks drug_usage
  {
    message:
      'My sister takes lamotrigine for her epilepsy and she just found out she is pregnant. Is it safe for the baby? Should she keep taking the same dose or change it?',
    focus: 'lamotrigine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "my chances of getting it too" asks a twin's chance (inheritance); "I smoke, does that make it more likely" asks risk from an exposure (susceptibility); "early signs" asks symptoms
  {
    subject: 'Twin with MS',
    message:
      'My identical twin was diagnosed with multiple sclerosis at 31. What are my chances of getting it too? I smoke, does that make it more likely? Are there early signs I should look out for?',
    focus: 'multiple sclerosis',
    types: ['inheritance', 'susceptibility', 'symptoms'],
  },
  // why: "what happens if it isn't treated" asks complications; "should I be checked" asks diagnosis; "which kind of doctor" asks find_specialist
  {
    message:
      "My brother was diagnosed with Alport syndrome but he refuses to go back to the doctor. What happens if it isn't treated? Should I be checked as well? And which kind of doctor is he supposed to see?",
    focus: 'Alport syndrome',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: "best treatment" asks treatment; "recommend a specialist" asks find_specialist
  {
    message:
      'My sister has obsessive-compulsive disorder, she washes her hands until they bleed. What is the best treatment for it? Can you recommend a specialist who works with teenagers?',
    focus: 'obsessive-compulsive disorder',
    types: ['treatment', 'find_specialist'],
  },
  // why: "what is it exactly" asks information; "anything new being researched" asks research; "could my parents have another baby with it" asks inheritance
  {
    subject: 'TSC question',
    message:
      'My baby brother has tuberous sclerosis and has seizures almost every day. What is tuberous sclerosis exactly? Is there anything new being researched for it? Could my parents have another baby with it?',
    focus: 'tuberous sclerosis',
    types: ['information', 'research', 'inheritance'],
  },
];
