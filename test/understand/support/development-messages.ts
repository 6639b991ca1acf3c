/**
 * "development" set. Messages from parents about a child's development and the genetic syndromes behind it
 * (milestones, school, therapies, tests, siblings, the future). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 0.950, type F1 0.889). Scored by development.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --development --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DEVELOPMENT_MESSAGES: ConsumerMessage[] = [
  {
    // "rett syndrome hereditary?" -> inheritance (whether it runs in families)
    message: 'rett syndrome hereditary?',
    focus: 'Rett syndrome',
    types: ['inheritance'],
  },
  {
    // "Is the constant laughing part of it?" -> symptoms (whether a sign belongs to it)
    // "Will he ever walk on his own or say words?" -> prognosis (whether he will walk or talk)
    // "what therapies should we be pushing for right now?" -> treatment (therapies)
    subject: 'our son just diagnosed with angelmans',
    message:
      'Hello. Our son is 4 and after two years of tests he was finally diagnosed with ' +
      'Angelman syndrome. He does not talk at all, he is only starting to take steps holding our ' +
      'hands, and he laughs and flaps constantly. Is the constant laughing part of it? Will he ever ' +
      'walk on his own or say words? And what therapies should we be pushing for right now? Thank ' +
      'you so much.',
    focus: 'Angelman syndrome',
    types: ['symptoms', 'prognosis', 'treatment'],
  },
  {
    // "What are the chances our next baby has Down syndrome too?" -> inheritance (chance for a next baby)
    message:
      "I had our daughter with Down syndrome when I was 38. Now I'm 41 and we are thinking " +
      'about one more. What are the chances our next baby has Down syndrome too?',
    focus: 'Down syndrome',
    types: ['inheritance'],
  },
  {
    // "is there a special diet for PWS kids?" -> lifestyle (diet)
    // "does the hunger get worse as they get older?" -> prognosis (course, whether it gets worse)
    subject: 'prader willi and food',
    message:
      'hi my daughter is 2 1/2 and has prader willi. the last few months she is hungry ALL ' +
      'the time and cries for food even right after meals. is there a special diet for PWS kids? and ' +
      'does the hunger get worse as they get older?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is the weight gain from the risperidone?" -> side_effects (whether a problem comes from the medicine)
    // "Should he take it with food or at bedtime?" -> drug_usage (timing of doses)
    message:
      'My 9 yr old has autism and was started on risperidone for the meltdowns and hitting. ' +
      'He has gained 4 kg in two months and is eating constantly. Is the weight gain from the ' +
      'risperidone? Should he take it with food or at bedtime?',
    focus: 'risperidone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can it cause learning problems or mental health issues as she gets older?" -> complications (later)
    // "Should my husband and I be tested?" -> diagnosis (whether relatives should be tested)
    // "Is there a support group for 22q families?" -> find_specialist (support groups)
    subject: '22q',
    message:
      'Our daughter is 6 and has 22q11.2 deletion. She had heart surgery as a baby and is ' +
      "doing well, but in kindergarten she can't keep up. Can it cause learning problems " +
      'or mental health issues as she gets older? Should my husband and I be tested? Is there a ' +
      'support group for 22q families? We feel very alone.',
    focus: '22q11.2 deletion syndrome',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  {
    // "Any tips for helping him at school?" -> lifestyle (school)
    // "does Williams cause problems with the heart or blood pressure later on?" -> complications (later on)
    message:
      'My son has Williams syndrome and starts school in September. He loves people and music ' +
      'but covers his ears and panics at loud noises. Any tips for helping him at school? Also does ' +
      'Williams cause problems with the heart or blood pressure later on?',
    focus: 'Williams syndrome',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is Asperger's the same as autism?" -> information (whether two conditions are the same)
    message:
      "Is Asperger's the same as autism? My son was diagnosed with Asperger's in 2010 and " +
      'now the new psychologist says he has ASD.',
    focus: 'Asperger syndrome',
    types: ['information'],
  },
  {
    // "How common is cri du chat?" -> frequency (how common it is)
    message:
      'How common is cri du chat? Our pediatrician said she had never seen a baby with it in ' + '30 years.',
    focus: 'cri-du-chat syndrome',
    types: ['frequency'],
  },
  {
    // "Which gene is it exactly and what does it do?" -> genetic_changes (which gene)
    // "does de novo mean our other children can't get it?" -> inheritance (chance for siblings)
    subject: 'genetic results - TCF4',
    message:
      'Our son\'s exome results came back as Pitt Hopkins syndrome, "de novo TCF4 variant". ' +
      "Which gene is it exactly and what does it do? And does de novo mean our other children can't " +
      'get it?',
    focus: 'Pitt-Hopkins syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Is the sleep problem part of the syndrome?" -> symptoms (whether a sign belongs to it)
    // "Where can we find a doctor who actually knows SMS?" -> find_specialist (doctors)
    // "is there a support group for families?" -> find_specialist (support groups)
    subject: 'Smith Magenis - please help',
    message:
      'Hello, I am writing for my grandson who is 5. He was diagnosed with Smith-Magenis ' +
      'syndrome last spring after his speech was very late and he had terrible tantrums. We live in ' +
      'a small town in Montana and nobody here has heard of SMS, not even his pediatrician, who had ' +
      'to look it up in front of us. The worst thing right now is his sleep. He wakes up at 2 or 3 ' +
      'every night wide awake and then falls asleep at the table at lunch. Is the sleep problem part ' +
      'of the syndrome? Where can we find a doctor who actually knows SMS? And is there a support ' +
      'group for families? Thank you.',
    focus: 'Smith-Magenis syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "Are there any new medicines being studied for fragile X?" -> research (treatments being studied)
    subject: 'fragile x trials',
    message:
      'Are there any new medicines being studied for fragile X? Our son is 11 and we would ' +
      'travel for a trial.',
    focus: 'fragile X syndrome',
    types: ['research'],
  },
  {
    // "How often would he need the injections?" -> drug_usage (timing of doses)
    // "Can Botox make his legs weak?" -> side_effects (the medicine's side effects)
    message:
      'My son has spastic CP and his physio wants to try Botox in his calves to help with toe ' +
      'walking. How often would he need the injections? Can Botox make his legs weak?',
    focus: 'Botox',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "What causes cerebral palsy?" -> cause (why it happens)
    message:
      'What causes cerebral palsy? Our twins were born at 29 weeks and only one of them has ' +
      'it, the other one is fine.',
    focus: 'cerebral palsy',
    types: ['cause'],
  },
  {
    // "Is there a link between vaccines and autism??" -> association (link with a named exposure)
    message:
      'Is there a link between vaccines and autism?? my son stopped talking and making eye ' +
      'contact right after his 18 month shots',
    focus: 'autism',
    types: ['association'],
  },
  {
    // "How can we prevent the seizures?" -> prevention (preventing attacks)
    // "Will she fall behind other kids as she grows?" -> prognosis (course)
    subject: 'Dravet - seizures with heat',
    message:
      'Our 2 year old has Dravet syndrome. Hot baths, warm days and every fever seem to set ' +
      'off her seizures. How can we prevent the seizures? Will she fall behind other kids as she ' +
      'grows?',
    focus: 'Dravet syndrome',
    types: ['prevention', 'prognosis'],
  },
  {
    // "Can I catch CMV from the toddlers at work?" -> susceptibility (whether someone can catch it)
    // "How do I keep from passing it to the new baby?" -> prevention (preventing it)
    message:
      "I work at a daycare and I'm 12 weeks pregnant. My first son has hearing loss and " +
      'delays from congenital CMV. Can I catch CMV from the toddlers at work? How do I keep from ' +
      'passing it to the new baby?',
    focus: 'congenital cytomegalovirus',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "is that ok with the Ritalin?" -> interactions (medicine with food and drink)
    // "Can he take it with his allergy pill (cetirizine)?" -> interactions (with another medicine)
    // "Can we skip it on weekends when there's no school?" -> drug_usage (skipping or stopping doses)
    subject: 'ritalin questions',
    message:
      'Hi, my son (7) has ADHD and speech delay and takes Ritalin every morning. His grandma ' +
      'gives him orange juice and a cola with breakfast, is that ok with the Ritalin? Can he take it ' +
      "with his allergy pill (cetirizine)? Can we skip it on weekends when there's no school?",
    focus: 'Ritalin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Can methylphenidate be given to a child with a heart defect?" -> contraindications (who should not)
    message:
      'Can methylphenidate be given to a child with a heart defect? My daughter has 22q and ' +
      'ADHD, her VSD was repaired when she was 1.',
    focus: 'methylphenidate',
    types: ['contraindications'],
  },
  {
    // "How do we throw it away safely?" -> storage_disposal (throwing a medicine away)
    // "does the new one need to be kept in the fridge?" -> storage_disposal (storing it)
    message:
      "We have an expired Diastat (diazepam rectal gel) from my son's seizure plan. How do " +
      'we throw it away safely? And does the new one need to be kept in the fridge?',
    focus: 'diazepam',
    types: ['storage_disposal'],
  },
  {
    // "does keppra liquid have sugar in it?" -> ingredients (what the medicine contains)
    subject: 'Keppra liquid',
    message:
      'does keppra liquid have sugar in it? my daughter with angelman is on the low glycemic ' +
      'diet for her seizures',
    focus: 'Keppra',
    types: ['ingredients'],
  },
  {
    // "What is guanfacine used for?" -> indication (what the medicine is for)
    // "How does it work for behaviour?" -> indication (how it works; same type)
    message:
      'What is guanfacine used for? The developmental pediatrician wants to start my son with ' +
      'fragile X on it, but I thought it was a blood pressure medicine. How does it work for ' +
      'behaviour?',
    focus: 'guanfacine',
    types: ['indication'],
  },
  {
    // "Does ABA therapy actually help kids with autism spectrum disorder" -> treatment (a therapy)
    // "does insurance usually cover it?" -> other (insurance)
    message:
      'Does ABA therapy actually help kids with autism spectrum disorder or is it just ' +
      'behavior training? And does insurance usually cover it? We were quoted $4000 a month.',
    focus: 'autism spectrum disorder',
    types: ['treatment', 'other'],
  },
  {
    // "How do they confirm it?" -> diagnosis (how it is confirmed)
    // "Did she get it from me or her father?" -> inheritance (how it is passed in families)
    // "will growth hormone make her taller?" -> treatment (a therapy)
    subject: 'Turner syndrome?',
    message:
      'My daughter is 8 and by far the shortest in her class. The endocrinologist thinks she ' +
      'may have Turner syndrome. How do they confirm it? Did she get it from me or her father? And ' +
      'will growth hormone make her taller?',
    focus: 'Turner syndrome',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  {
    // "what are the signs of noonans syndrome in a baby" -> symptoms (its signs)
    message: 'what are the signs of noonans syndrome in a baby',
    focus: 'Noonan syndrome',
    types: ['symptoms'],
  },
  {
    // "What does this mean?" -> information (what the condition is)
    // "Do boys with it have speech or learning problems?" -> symptoms (whether a sign belongs to it)
    subject: 'prenatal test showed XXY',
    message:
      'Our NIPT and amnio showed our baby boy has XXY, kleinfelter syndrome. What does this ' +
      'mean? Do boys with it have speech or learning problems?',
    focus: 'Klinefelter syndrome',
    types: ['information', 'symptoms'],
  },
  {
    // "Could the patches be TSC?" -> diagnosis (whether her signs could be it)
    // "Is it inherited?" -> inheritance (whether it runs in families)
    // "What happens if it is not treated?" -> complications (what happens when left untreated)
    message:
      'My 5 month old has three white patches on her skin and started having little jerks. ' +
      'The doctor wants an MRI for tuberous sclerosis. Could the patches be TSC? Is it inherited? ' +
      'What happens if it is not treated?',
    focus: 'tuberous sclerosis complex',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  {
    // "How is that different from a normal speech delay?" -> information (difference between two conditions)
    // "How many speech therapy sessions a week does he need?" -> treatment (therapy)
    message:
      'My 4 year old was just diagnosed with childhood apraxia of speech. How is that ' +
      'different from a normal speech delay? How many speech therapy sessions a week does he need?',
    focus: 'childhood apraxia of speech',
    types: ['information', 'treatment'],
  },
  {
    // "will he grow out of it?" -> prognosis (whether he will recover)
    message: 'my son is 5 and started stuttering a few months ago. will he grow out of it?',
    focus: 'stuttering',
    types: ['prognosis'],
  },
  {
    // "Is that safe for him?" -> lifestyle (sports)
    // "Should he be checked for it before he starts?" -> diagnosis (screening)
    subject: 'DS and gymnastics',
    message:
      'Hi! Our little guy with Down syndrome is 5 and wants to do gymnastics like his sister. ' +
      'Is that safe for him? Someone at the gym mentioned a neck problem (atlantoaxial something) in ' +
      'kids with DS. Should he be checked for it before he starts?',
    focus: 'Down syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "what is phelan mcdermid syndrome" -> information (what the condition is)
    // "which gene is missing" -> genetic_changes (which gene)
    message: 'what is phelan mcdermid syndrome and which gene is missing',
    focus: 'Phelan-McDermid syndrome',
    types: ['information', 'genetic_changes'],
  },
  {
    // "Could this be Duchenne?" -> diagnosis (whether his signs could be it)
    // "Is there a cure?" -> treatment (cures)
    // "is DMD passed down from the mother?" -> inheritance (how it runs in families)
    subject: 'high CK',
    message:
      'Our son is 3. He falls a lot, struggles on stairs and pushes on his thighs to stand ' +
      'up. His CK came back very high and we are waiting for genetics. Could this be Duchenne? Is ' +
      'there a cure? And is DMD passed down from the mother? I have two nephews.',
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'treatment', 'inheritance'],
  },
  {
    // "Is SMA part of newborn screening now?" -> diagnosis (screening)
    // "What are the chances this baby has it too?" -> inheritance (chance a relative's next baby has it)
    message:
      'Is SMA part of newborn screening now? My nephew has spinal muscular atrophy and my ' +
      'sister is pregnant again. What are the chances this baby has it too?',
    focus: 'spinal muscular atrophy',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Could the Concerta be causing the tics?" -> side_effects (whether a problem comes from the medicine)
    message:
      'My 8 year old with ADHD started blinking and throat clearing a few weeks after ' +
      'starting Concerta. Could the Concerta be causing the tics?',
    focus: 'Concerta',
    types: ['side_effects'],
  },
  {
    // "Can IVF cause Angelman syndrome?" -> association (a named exposure asked as its cause)
    subject: 'IVF',
    message:
      'Can IVF cause Angelman syndrome? Our daughter was conceived through IVF and I keep ' +
      'wondering if we did this to her.',
    focus: 'Angelman syndrome',
    types: ['association'],
  },
  {
    // "What is Sotos syndrome?" -> information (what the condition is)
    // "Does it raise the risk of cancer?" -> complications (whether it can lead to cancer)
    message:
      'Our son is 99th percentile for height with a big head and was late to walk. The ' +
      'genetics clinic is testing for Sotos syndrome. What is Sotos syndrome? Does it raise the risk ' +
      'of cancer?',
    focus: 'Sotos syndrome',
    types: ['information', 'complications'],
  },
  {
    // "any info on kabuki syndrome?" -> information (an overview)
    message: 'hello, any info on kabuki syndrome? thank you',
    focus: 'Kabuki syndrome',
    types: ['information'],
  },
  {
    // "How long do people with Cornelia de Lange syndrome live?" -> prognosis (life expectancy)
    // "Is there any support out there for grandparents like us?" -> find_specialist (support groups)
    message:
      'How long do people with Cornelia de Lange syndrome live? Our granddaughter is 2, very ' +
      'small, and fed by g-tube. Is there any support out there for grandparents like us?',
    focus: 'Cornelia de Lange syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "Should I give it this morning or just wait until tonight?" -> drug_usage (missed dose)
    // "can he take it with the acne pills his dermatologist prescribed?" -> interactions (other medicines)
    message:
      "Hi, my 12yo with autism takes Abilify 5mg at night. He missed last night's dose. " +
      'Should I give it this morning or just wait until tonight? Also can he take it with the acne ' +
      'pills his dermatologist prescribed?',
    focus: 'Abilify',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is it dangerous if she were ever to get pregnant?" -> contraindications (pregnancy precautions)
    // "Can it cause hair loss?" -> side_effects (the medicine's side effects)
    // "Should she take it with food?" -> drug_usage (how to take it)
    subject: 'depakote and teenage girl',
    message:
      'My 15 yr old daughter has Angelman syndrome and epilepsy and takes Depakote. Her new ' +
      'neurologist said it is risky for girls. Is it dangerous if she were ever to get pregnant? Can ' +
      'it cause hair loss? Her hair is coming out in the brush. Should she take it with food?',
    focus: 'Depakote',
    types: ['contraindications', 'side_effects', 'drug_usage'],
  },
];
