/**
 * "lysosomal" set. Messages about lysosomal storage diseases: enzyme replacement, diagnosis, symptoms,
 * outlook, trials, with other questions about the condition and its medicines. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.917). Scored by lysosomal.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --lysosomal --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LYSOSOMAL_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is (an overview), so information
  {
    message: 'what is pycnodysostosis?? the geneticist wrote it on my sons report and didnt explain anything',
    focus: 'pycnodysostosis',
    types: ['information'],
  },
  // why: asks which parent it runs through in the family, so inheritance
  {
    message: 'Is Scheie syndrome passed down from the mother or from the father side?',
    focus: 'Scheie syndrome',
    types: ['inheritance'],
  },
  // why: asks whether they should be tested (condition named only in the subject), so diagnosis
  {
    subject: 'Tay-Sachs',
    message:
      'My fiancé and I both have Ashkenazi Jewish grandparents. Should we get tested before we start trying for a baby?',
    focus: 'Tay-Sachs disease',
    types: ['diagnosis'],
  },
  // why: asks about clinical trials, so research
  {
    message: 'are there any clinical trials for sanfilippo syndrome in europe right now',
    focus: 'Sanfilippo syndrome',
    types: ['research'],
  },
  // why: asks whether a medicine left in the heat can still be used, so storage_disposal with the medicine as focus
  {
    message:
      "My husband's miglustat capsules sat in a hot mailbox all afternoon (it was 35 degrees out). Are they still OK for him to take?",
    focus: 'miglustat',
    types: ['storage_disposal'],
  },
  // why: asks how rare it is, so frequency
  {
    message: 'How rare is Danon disease? My cardiologist said he has only ever seen one case.',
    focus: 'Danon disease',
    types: ['frequency'],
  },
  // why: asks whether a transplant can cure it, so treatment
  {
    message: 'Can Krabbe disease be cured with a stem cell transplant?',
    focus: 'Krabbe disease',
    types: ['treatment'],
  },
  // why: asks which gene is involved, so genetic_changes
  {
    message: 'Which gene is mutated in fucosidosis?',
    focus: 'fucosidosis',
    types: ['genetic_changes'],
  },
  // why: asks about life expectancy, so prognosis
  {
    message:
      'My daughter is 7 and has cystinosis. With the treatments available today, how long can she expect to live?',
    focus: 'cystinosis',
    types: ['prognosis'],
  },
  // why: asks for a doctor who knows the condition, so find_specialist
  {
    message: 'Hello, is there any doctor in Texas who has experience with I-cell disease? Thank you so much.',
    focus: 'I-cell disease',
    types: ['find_specialist'],
  },
  // why: asks whether it can damage another organ, so complications
  {
    message: 'can hunter syndrome damage the heart valves',
    focus: 'Hunter syndrome',
    types: ['complications'],
  },
  // why: asks whether it is the same as / a kind of another condition, so information
  {
    message: 'Is alpha-mannosidosis a type of MPS or is it something different?',
    focus: 'alpha-mannosidosis',
    types: ['information'],
  },
  // why: asks for the early signs, so symptoms
  {
    message: 'What are the first signs of metachromatic leukodystrophy in a toddler?',
    focus: 'metachromatic leukodystrophy',
    types: ['symptoms'],
  },
  // why: asks about a special diet (condition named only in the subject), so lifestyle
  {
    subject: 'Niemann-Pick type C',
    message: 'my nephew was just diagnosed with this. is there some special diet that helps?',
    focus: 'Niemann-Pick disease type C',
    types: ['lifestyle'],
  },
  // why: asks what causes it and whether it can be treated, so cause then treatment
  {
    message: 'What causes Farber disease, and is there any treatment for it?',
    focus: 'Farber disease',
    types: ['cause', 'treatment'],
  },
  // why: asks how the transplant helps (treatment) and what future he can expect (prognosis)
  {
    message:
      "My grandson is 18 months old and was diagnosed with Hurler syndrome last week. The team at the children's hospital wants to do a bone marrow transplant as soon as they find a donor. Can you explain how a transplant helps with this disease? And if it works, what kind of future can he expect?",
    focus: 'Hurler syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: asks whether a medicine is safe before and during pregnancy, so contraindications with the medicine as focus
  {
    message:
      "I'm 31 and have Fabry disease. My kidneys are leaking protein, so my nephrologist started me on losartan a few months ago. My husband and I would like to try for a baby next year. Is it safe to stay on losartan while trying to get pregnant and during the pregnancy?",
    focus: 'losartan',
    types: ['contraindications'],
  },
  // why: asks whether the child will have it (inheritance) and whether the spleen can rupture (complications)
  {
    message:
      'Hello, my wife have Gaucher disease type 1, she receive the infusion every two weeks since 2019. We want to have a baby. Our child will have the disease also? Also her spleen is still very big, the doctor say maybe it can rupture. Is this true?',
    focus: 'Gaucher disease',
    types: ['inheritance', 'complications'],
  },
  // why: asks whether playing sports is dangerous for her, so lifestyle
  {
    message:
      'im 15 and i have morquio syndrome. all my friends are doing PE and i really want to try out for the basketball team but my mom says no because of my neck. is it actually dangerous for me to play sports??',
    focus: 'Morquio syndrome',
    types: ['lifestyle'],
  },
  // why: asks which tests confirm it (diagnosis) and what the outlook is (prognosis)
  {
    subject: 'newborn screen came back positive',
    message:
      'Our son is 9 days old and his newborn screening came back positive for Krabbe disease. The pediatrician said it could be a false positive and referred us to genetics on Monday. What tests will they do to confirm it? And if it is Krabbe, what is the outlook for him?',
    focus: 'Krabbe disease',
    types: ['diagnosis', 'prognosis'],
  },
  // why: asks for a support group or patient organization, so find_specialist
  {
    subject: 'Adult Pompe support?',
    message:
      'My partner was diagnosed with late-onset Pompe disease last year at 41. He gets out of breath on the stairs now and uses a BiPAP at night. He feels very alone with it. Is there a support group or patient organisation for adults with Pompe in the UK?',
    focus: 'Pompe disease',
    types: ['find_specialist'],
  },
  // why: asks what it is and whether it is the same as type C, both information
  {
    message:
      'A friend from work told me she has Niemann-Pick disease type B and that her liver and spleen are enlarged. I had never heard of it. What exactly is it? Is it the same thing as the type C that her cousin has?',
    focus: 'Niemann-Pick disease type B',
    types: ['information'],
  },
  // why: asks whether his short stature is part of the condition, so symptoms
  {
    message:
      'Our son is 9 and has had cystinosis since he was a baby. He takes his medicines every 6 hours, even at night, and his kidney numbers are ok for now. But he is by far the smallest kid in his class, about the size of a 6 year old. Is being this small part of cystinosis?',
    focus: 'cystinosis',
    types: ['symptoms'],
  },
  // why: asks whether her signs could be it and what test would show it, both diagnosis
  {
    message:
      "I'm 28 and for a few years my thighs have been getting weaker and my speech gets slurred when I'm tired. Last month my cousin was diagnosed with late-onset Tay-Sachs disease. Could I have it too? What test would tell me?",
    focus: 'Tay-Sachs disease',
    types: ['diagnosis'],
  },
  // why: asks the chance the next baby has it (inheritance) and whether it can be checked in pregnancy (diagnosis)
  {
    message:
      'Our oldest daughter was diagnosed with metachromatic leukodystrophy when she was 3. We just found out we are expecting again. What are the chances this baby has it too, and can it be checked during the pregnancy?',
    focus: 'metachromatic leukodystrophy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks the dose of a premedication, so drug_usage with the medicine as focus
  {
    message:
      'My son has Hunter syndrome and gets his enzyme infusion every week at the hospital. The last two times he broke out in hives and the nurses gave him Benadryl. How much Benadryl should he get before the infusion? He weighs 22 kg.',
    focus: 'Benadryl',
    types: ['drug_usage'],
  },
  // why: asks whether her signs could be this condition, so diagnosis
  {
    message:
      'Our baby girl is 6 weeks old. She keeps vomiting, her belly is swollen and she is not putting on any weight. Today the doctor said her liver and spleen are big and he mentioned Wolman disease. Could that really be what she has?',
    focus: 'Wolman disease',
    types: ['diagnosis'],
  },
  // why: asks how many children have it, so frequency
  {
    message:
      'hi my nephew was diagnosed with sly syndrome, the doctors also call it mps vii. the whole family is devastated. how many kids in the world have this? i cant find anything online',
    focus: 'Sly syndrome',
    types: ['frequency'],
  },
  // why: asks whether his learning difficulties will get worse, so prognosis
  {
    message:
      'We adopted our son from Finland. He is 6 now and was recently diagnosed with aspartylglucosaminuria (AGU). He already has learning difficulties at school. Will these get worse as he grows older?',
    focus: 'aspartylglucosaminuria',
    types: ['prognosis'],
  },
  // why: asks whether gene therapy studies are enrolling, so research
  {
    message:
      'our 10 month old daughter has sandhoff disease. we have read there are gene therapy studies going on in the US. is anyone enrolling babies right now and how do we get in touch?',
    focus: 'Sandhoff disease',
    types: ['research'],
  },
  // why: asks how the medicine works (indication) and whether it can be taken with his blood pressure pill (interactions)
  {
    subject: 'Switching from infusions to Zavesca',
    message:
      'I am 52 and have had Gaucher disease since my twenties. For almost 20 years I have been going in every other week for my infusions, and honestly I am worn out by it, plus my veins are getting hard to find. My hematologist brought up Zavesca as an option at my last visit and gave me a leaflet, but I was too overwhelmed to ask much. How does Zavesca actually work, is it the same thing as the enzyme just in a pill? I also take lisinopril for my blood pressure every morning, so can I take the two together? My wife wants me to do whatever is easiest, but I want to understand it first.',
    focus: 'Zavesca',
    types: ['indication', 'interactions'],
  },
  // why: asks whether she could have it and whether her children should be tested, both diagnosis
  {
    subject: "Dad's Fabry diagnosis - questions for me",
    message:
      "My dad has been on dialysis for two years and only last month they figured out it was Fabry disease that wrecked his kidneys. Nobody ever connected it before. Now I'm looking back at my own life: I've always had burning pain in my hands when I get hot or exercise, I hardly sweat, and I have these small dark red spots around my belly button. I always thought these were just my quirks. My GP says women only carry Fabry and don't really get it. Could I actually have Fabry myself? I have a 10 year old son and a 7 year old daughter too - should they be tested?",
    focus: 'Fabry disease',
    types: ['diagnosis'],
  },
  // why: a list asking if she will walk (prognosis), about new treatments being tested (research) and help paying (other)
  {
    message:
      'Hello. Our daughter Mia was diagnosed with infantile Pompe disease at 3 months. She started enzyme replacement right away and she is 14 months now. She can sit with support but not on her own, and she has a feeding tube. We have a few questions:\n1. Will she ever be able to walk?\n2. Are there any newer treatments being tested for babies like her?\n3. Our insurance just denied the infusions for next year. Is there any program that helps families pay for them?\nThank you for any help.',
    focus: 'Pompe disease',
    types: ['prognosis', 'research', 'other'],
  },
  // why: asks twice in different words whether the sleep problems and night screaming are part of it, so symptoms
  {
    message:
      'hi, my son jayden is 5 and was diagnosed with sanfilipo syndrome type A in march. before that everyone just said he was a very busy boy with a speach delay. the daytime is hard, he never stops moving and puts everything in his mouth, but the nights are the worst. he sleeps maybe 3 hours and then hes up laughing and running around till morning and sometimes he screams for an hour and we cant calm him down. me and my husband take turns and we are both exausted, i had to cut my hours at work. is the not sleeping part of the sanfilipo or is it something else? and the screaming at night, is that from the disease too??',
    focus: 'Sanfilippo syndrome',
    types: ['symptoms'],
  },
  // why: asks whether it gets worse fast (prognosis) and how to join a trial of a new drug (research)
  {
    message:
      "My little brother is 13. For about two years he has been getting clumsier, falling off his bike, dropping things, and his teachers said he was not paying attention. Then an eye doctor noticed he can't move his eyes up and down properly, and after a lot of tests he was diagnosed with Niemann-Pick disease type C. He started on miglustat in September. My parents don't speak much English so I'm the one reading everything, and what I read online is really scary. Does it get worse fast? Will he still be himself in a few years? I also saw that there are trials of new drugs for NPC. How could he join one?",
    focus: 'Niemann-Pick disease type C',
    types: ['prognosis', 'research'],
  },
  // why: asks whether it always gets worse (prognosis) and for specialists in Germany (find_specialist)
  {
    message:
      'Dear team, I am 38 years old and live in Germany. Since three years I have epileptic seizures, and my memory and concentration got much worse, I had to stop working as an accountant. After a brain biopsy and genetic tests my neurologist told me it is Kufs disease, the adult form of neuronal ceroid lipofuscinosis. He is honest that he never saw a patient with it before. My questions are: does this disease always progress, and how fast? And is there somewhere in Germany a clinic or doctor who has experience with adult patients? I would be grateful for any information.',
    focus: 'Kufs disease',
    types: ['prognosis', 'find_specialist'],
  },
  // why: asks whether his anger comes from the medicine (side_effects) and how to take it with meals (drug_usage), medicine as focus
  {
    message:
      "I'm writing about my grandson Oliver, he's 9. He started losing his eyesight when he was 6 and last year they found out it is juvenile Batten disease. This spring he had his first seizures and the neurologist put him on levetiracetam (Keppra). The seizures are better, but since then he is a different boy - he gets furious over nothing, he hit his sister and he kicks the door. My daughter thinks it is just the disease moving on, but I am not so sure. Could the levetiracetam be making him angry like this? And his mother gives it to him on an empty stomach in the morning, should it be given with food instead?",
    focus: 'levetiracetam',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks whether it can cause eye problems and glaucoma (complications) and whether his child would have it (inheritance)
  {
    message:
      "I'm 26 and have Maroteaux-Lamy syndrome (MPS VI). I've had both hips done, carpal tunnel surgery on both hands and a spinal decompression, and I've been on weekly infusions since I was a teenager. I work full time in IT and I'm doing pretty well overall. Lately my vision has been getting foggy and the eye doctor says my corneas are cloudy. Is this from the MPS VI, and can it lead to glaucoma? My girlfriend and I are also starting to talk about having kids one day. Would our child have MPS VI too?",
    focus: 'Maroteaux-Lamy syndrome',
    types: ['complications', 'inheritance'],
  },
  // why: asks whether a pregnancy medicine could have caused it (association) and how it differs from Tay-Sachs (information)
  {
    subject: 'our son has GM1',
    message:
      "Our son Luca was a happy baby who smiled and rolled over on time. Around 10 months he started losing things he could do, he stopped sitting and doesn't babble anymore. The eye doctor saw a cherry-red spot and the blood test showed GM1 gangliosidosis. We are still in shock. I keep going over my pregnancy in my head. I had terrible morning sickness and took ondansetron for weeks. Could that medicine have caused this? Also the doctors keep comparing it to Tay-Sachs, how is GM1 different from Tay-Sachs?",
    focus: 'GM1 gangliosidosis',
    types: ['association', 'information'],
  },
  // why: asks about treatment besides statins (treatment) and whether he can still drink alcohol with it (lifestyle)
  {
    message:
      "For years my cholesterol was very high even though I'm thin and eat well, and my liver enzymes were always a bit off. My GP kept putting me on stronger statins and blamed it on genetics. Last year a hepatologist did a biopsy because of a fatty liver and then a blood test, and I was finally diagnosed with cholesteryl ester storage disease. I'm 44. What treatment is there for this besides the statins? And I like a glass of wine or two at the weekend, is that still okay with my liver, or should I stop drinking completely?",
    focus: 'cholesteryl ester storage disease',
    types: ['treatment', 'lifestyle'],
  },
];
