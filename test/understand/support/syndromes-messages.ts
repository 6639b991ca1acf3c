/**
 * "syndromes" set. Messages about chromosome and genetic syndromes, named every way people name them: numbers
 * and letters (22q11.2 deletion, 1p36 deletion, trisomy 18, 47,XXY, 45,X, 5p minus), eponyms with or without
 * apostrophes (Williams, Angelman, Prader-Willi, Smith-Magenis, Sotos, Kabuki, CHARGE) and abbreviations.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.880). Scored by syndromes.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --syndromes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SYNDROMES_MESSAGES: ConsumerMessage[] = [
  // why: "What is it exactly?" asks what the condition is (information); the rest is story
  {
    subject: 'just got the results',
    message:
      'The genetics doctor called this afternoon and said our daughter has a 22q11.2 deletion. I had never heard of it before and I was too shocked to ask anything on the phone. What is it exactly?',
    focus: '22q11.2 deletion',
    types: ['information'],
  },
  // why: "could she have 5p minus syndrome" asks whether her signs could be the condition (diagnosis)
  {
    message:
      "My newborn has a very high pitched cry, almost like a kitten, and she is small and her head is small too. A nurse said something about 5p minus syndrome and then wouldn't say more. Could she have 5p minus syndrome??",
    focus: '5p minus syndrome',
    types: ['diagnosis'],
  },
  // why: "is there a clinic ... that specializes in" asks for expert centers (find_specialist)
  {
    message:
      'Hello, my grandson (3) was diagnosed with Williams syndrome last month. His parents live in a small town in Iowa and the pediatrician admits she has never seen a case. Is there a clinic anywhere in the Midwest that specializes in Williams syndrome? Thank you kindly.',
    focus: 'Williams syndrome',
    types: ['find_specialist'],
  },
  // why: "are there any clinical trials" and "gene therapy ... being tested" both ask about research, one question
  {
    message:
      "Are there any clinical trials going on for Angelman's syndrome that a 5 year old could join? I keep reading online that some gene therapy is being tested and I want to know if that is real.",
    focus: "Angelman's syndrome",
    types: ['research'],
  },
  // why: "how do other families handle food at home" asks about diet and daily life (lifestyle)
  {
    message:
      "Our son is 7 and has Prader-Willi. He is constantly hungry, he has started taking food out of the bin and his friends' lunchboxes at school. We have put a lock on the pantry but I feel terrible about it. How do other families handle food and meals at home with Prader-Willi?",
    focus: 'Prader-Willi',
    types: ['lifestyle'],
  },
  // why: "what treatments are there to help her grow" asks treatment
  {
    message:
      'My daughter is 6 and was just diagnosed with Turner syndrome after years of being the shortest in her class. She is really self-conscious about it. What treatments are there to help her grow taller?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: "how rare is it" and "how many kids have it" both ask frequency, one question
  {
    subject: 'Sotos',
    message:
      'How rare is Sotos syndrome? Like how many kids actually have it? Nobody at our hospital had seen one before.',
    focus: 'Sotos syndrome',
    types: ['frequency'],
  },
  // why: "which genes cause it, is KMT2D the only one" asks which gene is involved (genetic_changes)
  {
    message:
      'The exome report for our son says "pathogenic variant in KMT2D, consistent with Kabuki syndrome". Which genes cause Kabuki syndrome? Is KMT2D the only one or are there others?',
    focus: 'Kabuki syndrome',
    types: ['genetic_changes'],
  },
  // why: "could the Keppra be doing this" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      'My son has 1p36 deletion and started Keppra for his seizures three weeks ago. Since then he is angry all the time, hitting and screaming, which is not like him at all. Could the Keppra be doing this to him?',
    focus: 'Keppra',
    types: ['side_effects'],
  },
  // why: "will he ever walk" asks the outlook (prognosis)
  {
    subject: 'will he walk?',
    message:
      "Our boy is 2 and has CHARGE syndrome. He has had heart surgery and a trach, and he still can't sit up without support because of his balance. Will he ever walk? I just need some honest idea of what to expect.",
    focus: 'CHARGE syndrome',
    types: ['prognosis'],
  },
  // why: "what health problems can it lead to ... as she gets older" asks complications
  {
    message:
      'We adopted a little girl with Down syndrome last year, she is 4 and healthy right now. What health problems can Down syndrome lead to as she gets older, so we know what to keep an eye on?',
    focus: 'Down syndrome',
    types: ['complications'],
  },
  // why: "what can we do about his sleep" asks how to manage it (treatment)
  {
    message:
      'My son has Smith-Magenis and he wakes up every night at 3 am and is then up for the day, and naps at school. We are exhausted. What can we do about his sleep?',
    focus: 'Smith-Magenis',
    types: ['treatment'],
  },
  // why: "could I pass it on to my kids" asks whether it runs in families (inheritance)
  {
    message:
      "I'm 26 and a blood test for something else showed I have triple X syndrome (47,XXX). My husband and I want to start a family soon. Could I pass it on to my kids?",
    focus: 'triple X syndrome',
    types: ['inheritance'],
  },
  // why: "should we give the missed dose in the morning" asks about a missed dose (drug_usage)
  {
    message:
      'Our 12 year old with fragile X takes risperidone at bedtime. We were away tonight and forgot to give it. Should we give it in the morning or just skip it and carry on tomorrow night?',
    focus: 'risperidone',
    types: ['drug_usage'],
  },
  // why: "is Wolf-Hirschhorn the same as 4p minus" asks whether two names are the same condition (information)
  {
    message:
      'The geneticist wrote Wolf-Hirschhorn in the letter but the lab report says 4p minus. Is Wolf-Hirschhorn the same thing as 4p minus or does my daughter have two different things?',
    focus: 'Wolf-Hirschhorn',
    types: ['information'],
  },
  // why: "how accurate is that blood test" asks diagnosis; "could it happen again if we try again" asks the chance for a next baby (inheritance)
  {
    subject: 'NIPT high risk',
    message:
      "Our NIPT came back high risk for Edward's syndrome at 12 weeks. We are waiting for an amnio appointment and it is agony. How accurate is that blood test really? And if it turns out to be true, could it happen again if we try for another baby?",
    focus: "Edward's syndrome",
    types: ['diagnosis', 'inheritance'],
  },
  // why: "what causes the extra X" asks cause; "how common is it" asks frequency
  {
    message:
      "My partner just found out he is 47,XXY after we had tests because we couldn't get pregnant. He is taking it really hard. What causes the extra X? And how common is it, because he feels like he is the only one.",
    focus: '47,XXY',
    types: ['cause', 'frequency'],
  },
  // why: "is growth hormone recommended for babies" asks treatment; "will she have a normal lifespan" asks prognosis
  {
    message:
      'Our baby girl was diagnosed with PWS at 3 weeks old after being very floppy and not feeding. Is growth hormone recommended for babies with PWS this young? Will she have a normal lifespan?',
    focus: 'PWS',
    types: ['treatment', 'prognosis'],
  },
  // why: "does it need to be kept in the fridge" asks storage; "what side effects should we watch for" asks side effects
  {
    subject: 'testosterone for my son',
    message:
      'My 14 year old has Klinefelter syndrome and is starting testosterone injection every two weeks, we will do them at home. Does the testosterone injection need to be kept in the fridge? And what side effects should we watch for in a teenager?',
    focus: 'testosterone injection',
    types: ['storage_disposal', 'side_effects'],
  },
  // why: "what medicines work best for her seizures" asks treatment; "which gene is missing" asks genetic_changes
  {
    message:
      'My daughter has Angelman syndrome from a deletion on chromosome 15. She is 3, very happy, laughs all day, but the seizures are getting worse. What medicines work best for Angelman seizures? Also which gene is actually missing in the deletion?',
    focus: 'Angelman syndrome',
    types: ['treatment', 'genetic_changes'],
  },
  // why: "will he need surgery" asks treatment; "can he do sports at school" asks lifestyle
  {
    message:
      'Our son (8) has Williams-Beuren syndrome and the cardiologist found a narrowing above the aortic valve. Will he need surgery for it? And is it ok for him to do sports at school like football, or should we stop him?',
    focus: 'Williams-Beuren syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: "can it cause heart problems" asks complications; "will she need hormones at puberty" asks treatment
  {
    subject: 'karyotype 45,X',
    message:
      "Hi. The karyotype for our 10 year old came back as 45,X, so Turner's syndrome. Can Turner's syndrome cause heart problems later on? And will she need hormones to go through puberty?",
    focus: "Turner's syndrome",
    types: ['complications', 'treatment'],
  },
  // why: "could this be Sotos" asks whether his signs could be it (diagnosis); "does it raise the risk of cancer" asks complications
  {
    message:
      'My son is 2 and off the charts for height, his head is big and he was late to walk. The pediatrician mentioned Sotos and wants a genetics referral, but the wait is 8 months. Could this really be Sotos? And does Sotos raise the risk of cancer in kids?',
    focus: 'Sotos',
    types: ['diagnosis', 'complications'],
  },
  // why: "can I crush it into her food" asks how to take it (drug_usage); "can it be given with her iron" asks interactions
  {
    subject: 'crushing thyroid pills',
    message:
      "Our 4 year old with Down syndrome has low thyroid and was started on Synthroid. She won't swallow pills. Can I crush the Synthroid into her yogurt? And is it ok to give it at the same time as her iron drops?",
    focus: 'Synthroid',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what is the life expectancy" asks prognosis; "are there support groups" asks find_specialist
  {
    subject: '1p36',
    message:
      'what is the life expectancy with 1p36 deletion syndrome? our daughter is 9 months and has a heart problem and seizures. also are there any support groups for 1p36 deletion syndrome, we feel very alone',
    focus: '1p36 deletion syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  // why: "what causes cri du chat" asks cause; "could they have another baby with it" asks the chance for a next baby (inheritance)
  {
    message:
      'I am a grandmother of a beautiful boy with cri du chat syndrome. My daughter blames herself. What causes cri du chat syndrome? And if she and her husband have another baby, could that baby have it too?',
    focus: 'cri du chat syndrome',
    types: ['cause', 'inheritance'],
  },
  // why: "is there a genetic test for CHARGE" asks diagnosis; "what is CHD7" asks which gene (genetic_changes)
  {
    message:
      'Our baby was born with coloboma in both eyes and choanal atresia, and the neonatologist says it might be CHARGE. Is there a genetic test for CHARGE to know for sure? The doctor also mentioned CHD7, what is that?',
    focus: 'CHARGE',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: "are seizures common" asks whether a sign belongs to it (symptoms); "any research going on" asks research
  {
    subject: 'idic(15) result',
    message:
      'The microarray showed our son has an extra chromosome 15 piece, the report says isodicentric 15, idic(15). He has autism and low muscle tone. Are seizures common in idic(15)? Is there any research going on for it?',
    focus: 'idic(15)',
    types: ['symptoms', 'research'],
  },
  // why: "does it cause hearing loss" asks whether a sign belongs to it (symptoms); "how common is it" asks frequency
  {
    message:
      'Does Kabuki syndrome cause hearing loss? Our daughter failed her hearing screen again. And how common is Kabuki syndrome, out of interest?',
    focus: 'Kabuki syndrome',
    types: ['symptoms', 'frequency'],
  },
  // why: "can she take Depakote with her reflux medicine" asks interactions; "can it damage her liver" asks a side effect of the medicine
  {
    message:
      'My niece has Wolf Hirschhorn and the neurologist wants to switch her to Depakote. She is also on omeprazole for reflux. Can she take Depakote with her reflux medicine? And I read Depakote can damage the liver, is that true?',
    focus: 'Depakote',
    types: ['interactions', 'side_effects'],
  },
  // why: "will he grow out of the low calcium" asks prognosis; "is it hereditary" asks inheritance; "doctors who specialize" asks find_specialist
  {
    subject: 'DiGeorge - new diagnosis',
    message:
      'Our 2 week old has DiGeorge syndrome. He had seizures from low calcium and has a heart defect that needs surgery. Will he grow out of the low calcium? Is DiGeorge syndrome hereditary, should we worry for future kids? And are there doctors who specialize in it, we are in Ohio.',
    focus: 'DiGeorge syndrome',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: "what does the PTPN11 change mean" asks genetic_changes; "does it affect learning" asks symptoms; "can growth hormone help" asks treatment
  {
    message:
      "Our daughter's genetic test showed a change in PTPN11 and they told us it means Noonan syndrome. What does the PTPN11 change mean? Does Noonan syndrome affect learning? She is 5 and starting school. And can growth hormone help her height?",
    focus: 'Noonan syndrome',
    types: ['genetic_changes', 'symptoms', 'treatment'],
  },
  // why: "am I a carrier / could my sister's boys have it" asks inheritance; "how do they test for it" asks diagnosis; "any medicine for his behavior" asks treatment
  {
    message:
      "My son was just diagnosed with fragile X syndrome at age 4. The doctor says it comes through the mother. Does that mean I am a carrier, and could my sister's boys have it too? How do they test for it? And is there any medicine that helps with his hyperactivity and meltdowns?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "what is trisomy 13" asks information; "what would the baby's life be like / how long" asks prognosis; "will it happen again" asks inheritance
  {
    subject: '20 week scan',
    message:
      "At our 20 week scan they found problems with the baby's heart and hands, and the amnio confirmed trisomy 13. What is trisomy 13? If we continue the pregnancy, what would her life be like and how long would she live? And is it likely to happen again in another pregnancy?",
    focus: 'trisomy 13',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: "what does UPD mean" asks the genetic mechanism (genetic_changes); "chance her brother gets it" asks inheritance; "is the sleep apnea part of it" asks symptoms
  {
    message:
      "Hi, my daughter's methylation test confirmed Prader Willi syndrome, and the report says it is due to maternal UPD, not a deletion. What does UPD mean? What is the chance that her little brother has it as well? She also had a sleep study showing sleep apnea, is that part of Prader Willi syndrome?",
    focus: 'Prader Willi syndrome',
    types: ['genetic_changes', 'inheritance', 'symptoms'],
  },
  // why: "what is Smith Magenis" asks information; "doctors who know it in Texas" asks find_specialist; "will he live on his own" asks prognosis
  {
    message:
      "My best friend's son has just been diagnosed with Smith Magenis syndrome and I want to understand so I can help her. What is Smith Magenis syndrome? Are there doctors in Texas who know about it? And will he be able to live on his own as an adult one day?",
    focus: 'Smith Magenis syndrome',
    types: ['information', 'find_specialist', 'prognosis'],
  },
  // why: "what is oxandrolone for" asks indication; "what side effects" asks side effects; "ok together with her growth hormone" asks interactions
  {
    subject: 'oxandrolone?',
    message:
      'The endocrinologist suggested adding oxandrolone for our daughter who has Turner syndrome and is already on growth hormone shots. What is oxandrolone for exactly? What side effects does it have in girls? And is it ok together with her growth hormone?',
    focus: 'oxandrolone',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: "does it raise my risk of breast cancer and osteoporosis" asks complications; "should I be on testosterone" asks treatment; "what kind of doctor" asks find_specialist
  {
    message:
      "I'm 34 and I just found out I have Kleinfelter syndrome, after two years of fertility testing with my wife. Nobody ever told me anything growing up. Does Kleinfelter syndrome raise my risk of breast cancer or osteoporosis? Should I be on testosterone at my age? And what kind of doctor should I be seeing for this?",
    focus: 'Kleinfelter syndrome',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  // why: "is there a link between Down syndrome and Alzheimer's" asks association; "how long do people with Down syndrome live" asks prognosis; "doctors who understand adults" asks find_specialist
  {
    message:
      "My older brother has Down syndrome, he is 48 and lately he is getting forgetful and confused. Is there a link between Down syndrome and Alzheimer's? How long do people with Down syndrome usually live nowadays? And where do we find doctors who understand adults with Down syndrome, his GP seems lost.",
    focus: 'Down syndrome',
    types: ['association', 'prognosis', 'find_specialist'],
  },
  // why: "is it the same as the 22q11 deletion" asks the difference between two conditions (information); "is autism part of it" asks symptoms; "is there a cure" asks treatment
  {
    subject: 'Phelan-McDermid',
    message:
      "Our son's microarray showed a 22q13 deletion, the geneticist called it Phelan-McDermid syndrome. My cousin's daughter has a 22q11 deletion, is Phelan-McDermid syndrome the same thing? Is autism part of Phelan-McDermid? And is there any cure or treatment?",
    focus: 'Phelan-McDermid syndrome',
    types: ['information', 'symptoms', 'treatment'],
  },
];
