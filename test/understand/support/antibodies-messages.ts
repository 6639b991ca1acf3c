/**
 * "antibodies" set. Messages about primary immunodeficiencies: infections, immunoglobulin replacement,
 * vaccines, transplants, inheritance, with other questions about the condition and its medicines. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.804). Scored by
 * antibodies.test.ts and by `npx tsx test/understand/support/score-messages.ts --antibodies --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ANTIBODIES_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is -> information
  {
    message:
      'what is CVID?? my doctor said it today after my bloodwork and i was too shocked to ask anything',
    focus: 'common variable immunodeficiency',
    types: ['information'],
  },
  // why: whether girls can get an X-linked condition is about how it runs in families -> inheritance; condition named only in subject
  {
    subject: 'XLA question',
    message: 'Can girls get it too or is it only boys?',
    focus: 'X-linked agammaglobulinemia',
    types: ['inheritance'],
  },
  // why: how rare the condition is -> frequency
  {
    message:
      'How rare is Omenn syndrome? The doctors at our local hospital said they had never seen a case before our daughter.',
    focus: 'Omenn syndrome',
    types: ['frequency'],
  },
  // why: whether a vaccine can be given to a child with SCID is a precaution for the vaccine -> contraindications, focus the vaccine
  {
    message: 'Can my grandson who has SCID be given the rotavirus vaccine like other babies?',
    focus: 'rotavirus vaccine',
    types: ['contraindications'],
  },
  // why: whether having the condition raises the risk of another condition -> complications
  {
    subject: 'IgA deficiency',
    message: 'Does having no IgA make me more likely to get celiac disease?',
    focus: 'IgA deficiency',
    types: ['complications'],
  },
  // why: which gene -> genetic_changes; why it is almost always boys -> inheritance
  {
    message:
      'Which gene is affected in Wiskott-Aldrich syndrome and why is it almost always boys who have it?',
    focus: 'Wiskott-Aldrich syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: cure -> treatment; whether kids live to adulthood -> prognosis
  {
    message: 'is there a cure for hyper igm syndrome? and do kids with it live to be adults',
    focus: 'hyper IgM syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: whether it can be caught from someone -> susceptibility
  {
    message:
      'can u catch ataxia telangiectasia from someone my nephew has it and my kids play with him all the time',
    focus: 'ataxia-telangiectasia',
    types: ['susceptibility'],
  },
  // why: how a medicine works for a condition -> indication, focus the medicine
  {
    message:
      'How does interferon gamma-1b work for chronic granulomatous disease? My son is supposed to start the shots next month.',
    focus: 'interferon gamma-1b',
    types: ['indication'],
  },
  // why: open clinical trials -> research
  {
    subject: 'DOCK8',
    message: 'Hello, are there any clinical trials open for DOCK8 deficiency? We live in Germany.',
    focus: 'DOCK8 deficiency',
    types: ['research'],
  },
  // why: whether a sign (low calcium) belongs to the condition -> symptoms
  {
    message:
      'Does 22q11.2 deletion syndrome cause low calcium? My daughter had a seizure from low calcium as a newborn.',
    focus: '22q11.2 deletion syndrome',
    types: ['symptoms'],
  },
  // why: a medicine with alcohol -> interactions, focus the medicine
  {
    message: "Can I have a glass of wine now and then while I'm taking Bactrim every day?",
    focus: 'Bactrim',
    types: ['interactions'],
  },
  // why: whether two names are the same condition -> information; focus the first named
  {
    message: 'Is Job syndrome the same thing as hyper IgE syndrome?',
    focus: 'Job syndrome',
    types: ['information'],
  },
  // why: hereditary -> inheritance; how it is diagnosed -> diagnosis
  {
    message: 'is kostmann syndrome hereditary, and how do they diagnose it',
    focus: 'Kostmann syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: timing and a missed dose -> drug_usage (one type asked twice)
  {
    message: 'What is the best time of day to take itraconazole, and what should I do if I forget a dose?',
    focus: 'itraconazole',
    types: ['drug_usage'],
  },
  // why: tests to confirm it -> diagnosis; whether transplant is the only treatment -> treatment
  {
    subject: 'newborn screening result - SCID?',
    message:
      "Our son is 9 days old and the newborn screening came back with low TRECs. The nurse said it could mean SCID and we need to go to a children's hospital tomorrow. What tests will they do to know for sure? And if it is SCID, is a bone marrow transplant the only treatment?",
    focus: 'severe combined immunodeficiency',
    types: ['diagnosis', 'treatment'],
  },
  // why: long trip abroad with the condition -> lifestyle; whether it gets worse with age -> prognosis
  {
    message:
      "Hi there, I'm 44 and have had CVID for about six years, on IVIG every three weeks. I'm planning to spend a month backpacking in Vietnam next spring. Is that a bad idea with my immune system? Also, I seem to get more tired and catch more chest infections every year. does CVID get worse as you age?",
    focus: 'common variable immunodeficiency',
    types: ['lifestyle', 'prognosis'],
  },
  // why: asks what the disease is -> information; story and plea are not questions
  {
    message:
      "My granddaughter is 3 weeks old and she's been in the hospital since her belly button cord didn't come off and got infected. Today the doctors said she has leukocyte adhesion deficiency. My daughter is too upset to read about it. Can you tell me what this disease is?",
    focus: 'leukocyte adhesion deficiency',
    types: ['information'],
  },
  // why: school sports with the condition -> lifestyle
  {
    message:
      'hey im 15 and i have XLA, i get my infusoins at home every week. can i play football for my school team or is that a bad idea? my mom is really worried',
    focus: 'X-linked agammaglobulinemia',
    types: ['lifestyle'],
  },
  // why: whether another condition (thymoma) caused it -> association; whether his immune system will recover -> prognosis
  {
    subject: 'Good syndrome',
    message:
      'My husband had a thymoma removed two years ago and since then he keeps getting pneumonia. His immunologist now says he has Good syndrome. Was it caused by the thymoma? Now that the tumor is gone, will his immune system recover?',
    focus: 'Good syndrome',
    types: ['association', 'prognosis'],
  },
  // why: whether there is any treatment other than transplant -> treatment
  {
    message:
      'Hello. My son is 4 years and have Chediak-Higashi syndrome, his hair is silver and he have many infections. Doctors in our country say only bone marrow transplant can help him. Is true there is no other treatment? Thank you very much.',
    focus: 'Chediak-Higashi syndrome',
    types: ['treatment'],
  },
  // why: whether a school farm trip is ok for a child with the condition -> lifestyle
  {
    message:
      'My 9 year old has chronic granulomatous disease. He takes Bactrim and itraconazole every day and is doing well. His class is going on a field trip to a farm where they will play in the hay and help turn the compost. Is this something he should avoid?',
    focus: 'chronic granulomatous disease',
    types: ['lifestyle'],
  },
  // why: whether there is a treatment -> treatment; whether her kids should be tested -> diagnosis
  {
    message:
      "I'm 32 and after years of sinus infections my GP found I have IgA deficiency. She says there isn't really a treatment for it. Is that true? I have two kids who also seem to get sick a lot, should they be tested?",
    focus: 'IgA deficiency',
    types: ['treatment', 'diagnosis'],
  },
  // why: chance the next child has it -> inheritance
  {
    message:
      "Our first son was diagnosed with adenosine deaminase deficiency and had a transplant last year; he's doing well now. We are thinking about having another baby. What are the chances that our next child will have it too?",
    focus: 'adenosine deaminase deficiency',
    types: ['inheritance'],
  },
  // why: whether and when she will grow out of it -> prognosis (one question)
  {
    subject: 'low antibodies in my baby',
    message:
      'My daughter is 14 months old and has had four ear infections and pneumonia. Her IgG is low and her immunologist thinks it is transient hypogammaglobulinemia of infancy. Will she grow out of this, and by what age?',
    focus: 'transient hypogammaglobulinemia of infancy',
    types: ['prognosis'],
  },
  // why: whether a problem comes from the medicine -> side_effects, focus the medicine
  {
    message:
      "My husband has an antibody deficiency and his doctor put him on azithromycin three days a week to stop the chest infections. For the last month he's had ringing in his ears. Could the azithromycin be causing that?",
    focus: 'azithromycin',
    types: ['side_effects'],
  },
  // why: whether thrush and low calcium belong to the condition -> symptoms
  {
    message:
      "My niece (she's 11) was just diagnosed with APECED. She's had thrush in her mouth for years and they found her calcium is low. Are both of those part of APECED, or is the calcium a separate thing?",
    focus: 'APECED',
    types: ['symptoms'],
  },
  // why: stopping an attack from being brought on by surgery -> prevention
  {
    message:
      "I have hereditary angioedema and my attacks seem to come after dental work and when I'm stressed. I need to have two teeth pulled next month. What can be done to stop an attack from happening because of the dental surgery?",
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: what a medicine is for -> indication, focus the medicine
  {
    message:
      "Our baby girl has DiGeorge syndrome and the hospital wants her to have palivizumab injections this winter. She was not premature, so I don't understand. What is palivizumab for?",
    focus: 'palivizumab',
    types: ['indication'],
  },
  // why: why a vaccine is not safe for a child with the condition -> contraindications, focus the vaccine
  {
    subject: 'vaccines',
    message:
      'My 2 year old has cartilage-hair hypoplasia. Her nurse said she should not get the MMR vaccine at the moment. Why is it not safe for her?',
    focus: 'MMR vaccine',
    types: ['contraindications'],
  },
  // why: need for a transplant -> treatment; testing the younger brother -> diagnosis; whether cousins could have it -> inheritance
  {
    message:
      "Last spring our 16-year-old son, Tomas, came down with glandular fever, and instead of getting better he got sicker and sicker. He spent three weeks in intensive care with something called HLH, and after a lot of tests they found he has X-linked lymphoproliferative disease. He's home now and back at school, and honestly he looks completely fine. The team is talking about a bone marrow transplant, which terrifies us when he seems so healthy. Does he really need a transplant if he is well now? He also has a little brother who is 11 and has never had glandular fever. Should he be tested as well? And my sister has two boys. Could they have it too? Sorry for all the questions, we are still trying to take it in.",
    focus: 'X-linked lymphoproliferative disease',
    types: ['treatment', 'diagnosis', 'inheritance'],
  },
  // why: a gene therapy trial and how to get into it -> research (two questions, one type)
  {
    message:
      "I am writing on behalf of my son and his wife, who are exhausted. My grandson Leo was born in March and was diagnosed with X-linked severe combined immunodeficiency at three weeks old from the heel prick test. He has been in isolation ever since. None of us is a match for a bone marrow donor, and they are still searching the registry. I read an article in the newspaper about gene therapy for 'bubble boy' disease in the United States. Is there a trial of gene therapy for his type of SCID, and how would a family from Ireland go about getting him into it? I'm 71, I have time and I want to help.",
    focus: 'X-linked severe combined immunodeficiency',
    types: ['research'],
  },
  // why: list: a medicine for the condition -> treatment; chance her children have it -> inheritance; patient group -> find_specialist
  {
    subject: 'questions after genetic results',
    message:
      'Hello,\nAfter many years of infections (sinusitis, pneumonia three times) and swollen glands that the doctors first thought were lymphoma, I got my genetic result last week: activated PI3K delta syndrome. My immunologist was very rushed so I have written my questions down:\n1. Is there a medicine for APDS itself, not just antibiotics and the immunoglobulin?\n2. I have a son (8) and a daughter (5). What is the chance they have it?\n3. Is there a patient group for APDS where I can talk to other people who have it?\nThank you for your time.',
    focus: 'activated PI3K delta syndrome',
    types: ['treatment', 'inheritance', 'find_specialist'],
  },
  // why: whether the condition leads to lymphoma -> complications; how long to stay on sirolimus -> drug_usage; focus the condition asked first
  {
    message:
      "our son is 7 and for two years he's had big lymph nodes in his neck and a huge spleen, plus his platelets keep dropping. after a lot of back and forth they diagnosed autoimmune lymphoproliferative syndrome and started him on sirolimus, which has helped a lot, his spleen has gone down. but i read online that kids with ALPS can get lymphoma. is that true for him? also the doctors havent said how long he'll be on the sirolimus, is it forever or can he come off it at some point? he hates the taste of the liquid lol",
    focus: 'autoimmune lymphoproliferative syndrome',
    types: ['complications', 'drug_usage'],
  },
  // why: whether transplant is the only cure and other medicines meanwhile -> treatment (two questions, one type)
  {
    message:
      'My wife and I are cousins, as is common in our family. Our first baby, Amira, is 7 months and she has diarrhea since she was two months, she does not gain weight and she had pneumonia two times. In the hospital they did many blood tests and they say she has MHC class II deficiency, they also call it bare lymphocyte syndrome. Now she is on antibiotics and immunoglobulin and special milk. The doctor says she need a stem cell transplant from a donor. Is transplant the only way to cure her? Until the transplant, is there other medicine to help her gain weight and stop the diarrhea?',
    focus: 'MHC class II deficiency',
    types: ['treatment'],
  },
  // why: whether a named exposure (chickenpox) caused it -> association; her chances -> prognosis
  {
    message:
      "I don't even know where to start. Two weeks ago our daughter Sofie (14 months) had chickenpox like half her daycare. Then her fever wouldn't go away, her liver got big, and her blood counts crashed. She is now in the hospital having chemotherapy for hemophagocytic lymphohistiocytosis, and the genetic test showed it is the familial kind. The doctors say she will need a transplant. My husband keeps blaming himself for sending her to daycare. Did the chickenpox cause this? And what are her chances of getting through this and having a normal life?",
    focus: 'hemophagocytic lymphohistiocytosis',
    types: ['association', 'prognosis'],
  },
  // why: something stronger than fluconazole -> treatment; whether it is genetic and passed to her daughter -> inheritance
  {
    message:
      "I'm 38 and I've had thrush in my mouth, nail infections and patches on my skin since I was a toddler. Only three years ago a dermatologist put the pieces together and sent me to immunology, where they said chronic mucocutaneous candidiasis. For years fluconazole kept it under control but the last two courses barely did anything, and my doctor said the yeast may be resistant now. Is there anything stronger or different I can try? My father had bad nails and mouth sores his whole life too, so I'm wondering if this is genetic, and could I have passed it to my daughter?",
    focus: 'chronic mucocutaneous candidiasis',
    types: ['treatment', 'inheritance'],
  },
  // why: risk of leukemia -> complications; normal school -> lifestyle; help with the cost -> other
  {
    message:
      "Hi, our daughter Maya is 6 and has severe congenital neutropenia. She has had G-CSF injections every day since she was a baby, and they have kept her mostly out of hospital, which we are very grateful for. At her last appointment the hematologist mentioned they will do a bone marrow test every year because of the risk of leukemia. Nobody had told us that before. How high is that risk really? She is starting first grade in the fall, and I'm wondering whether she can just go to a normal school and do everything the other kids do. Also our insurance changed and the injections are now incredibly expensive. Is there any help with the cost?",
    focus: 'severe congenital neutropenia',
    types: ['complications', 'lifestyle', 'other'],
  },
  // why: special diet, extra fat or vitamins, nursery snacks -> lifestyle (several questions, one type)
  {
    message:
      "Hello from Scotland! My son Euan is 3 and was diagnosed with Shwachman-Diamond syndrome last year after loads of infections and greasy nappies and not growing. He's on enzyme capsules now with his meals. I'm his dad and I do most of the cooking, and I'm a bit lost. Does he need a special diet? Should I be giving him extra fat or vitamins, or cutting something out? And what about snacks at nursery, can he just eat what the other kids eat?",
    focus: 'Shwachman-Diamond syndrome',
    types: ['lifestyle'],
  },
  // why: whether her husband can catch it from her -> susceptibility; the rest is story
  {
    message:
      "My best friend is 35 and last winter she got really sick with cryptococcal meningitis. Everyone including her assumed she must have HIV, but she tested negative many times. Her CD4 cells are very low and the doctors finally called it idiopathic CD4 lymphocytopenia. She's out of hospital now, but her husband has been acting weird, keeping his distance and not wanting to share dishes with her. I want to help her explain it to him. Can he catch it from her like HIV?",
    focus: 'idiopathic CD4 lymphocytopenia',
    types: ['susceptibility'],
  },
];
