/**
 * "claims" set. Messages reporting something read online or heard from others ("I read that...", "is it true
 * that...") and asking whether it holds, on every topic. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.752). Scored by claims.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --claims --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CLAIMS_MESSAGES: ConsumerMessage[] = [
  {
    // "I read on a forum that cystic fibrosis is caused by the mother smoking while pregnant, is that true?" -> association (named exposure asked as its cause)
    // "my sister in law says both parents have to be carriers for a baby to get it, or is that a myth?" -> inheritance (carriers)
    message:
      "I read on a forum that cystic fibrosis is caused by the mother smoking while pregnant, is that true? I didn't smoke but I still feel guilty. And my sister in law says both parents have to be carriers for a baby to get it, or is that a myth?",
    focus: 'cystic fibrosis',
    types: ['association', 'inheritance'],
  },
  {
    // "My cousin told me it skips a generation so my kids are safe ... Is that true? What are the real chances my kids get it?" -> inheritance (chance children get it; one question asked twice)
    // "is there a test I can take before I get any symptoms?" -> diagnosis (testing)
    subject: 'Huntington disease skipping generations?',
    message:
      'My uncle has Huntington disease and my mum is starting to show some of the same signs. My cousin told me it skips a generation so my kids are safe even if I turn out to have it. Is that true? What are the real chances my kids get it? Also is there a test I can take before I get any symptoms?',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is it true sickle cell only affects black people?" -> susceptibility (who is at risk)
    // "someone on facebook said drinking loads of water stops the crises, does it" -> prevention (preventing crises)
    message:
      'is it true sickle cell only affects black people? my friend is from sicily and her cousin has it. also someone on facebook said drinking loads of water stops the crises, does it',
    focus: 'sickle cell',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Is it true you can catch it just by touching someone who has it?" -> susceptibility (contagion)
    // "can it actually be cured these days?" -> treatment (cure)
    subject: 'leprosy question',
    message:
      'Hello. I watched a documentary on TV last night that said leprosy still exists in lots of countries, I thought it was gone. Is it true you can catch it just by touching someone who has it? And can it actually be cured these days? Thank you.',
    focus: 'leprosy',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "I read online that metformin damages your kidneys over time. ... Is that true?" -> side_effects (harm from the medicine)
    // "is it true I can't drink any alcohol at all with it?" -> interactions (alcohol)
    message:
      "I read online that metformin damages your kidneys over time. My doctor just started me on 500mg twice a day for type 2 diabetes. Is that true? And is it true I can't drink any alcohol at all with it?",
    focus: 'metformin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "My aunt keeps hinting it happened because I drank coffee when I was pregnant. Is that true?" -> association (named exposure asked as its cause)
    // "What actually causes it?" -> cause (why it happens)
    // "She also said people with Down syndrome only live to about 20, is that still the case nowadays?" -> prognosis (life expectancy)
    subject: "Down's syndrome - what my aunt says",
    message:
      "Our baby girl was born last month with Down's syndrome. My aunt keeps hinting it happened because I drank coffee when I was pregnant. Is that true? What actually causes it? She also said people with Down syndrome only live to about 20, is that still the case nowadays?",
    focus: "Down's syndrome",
    types: ['association', 'cause', 'prognosis'],
  },
  {
    // "Reddit is full of stories saying it causes depression and suicidal thoughts. Is that true or is it exaggerated?" -> side_effects
    // "Someone also said he can't take vitamin A supplements while he's on it, why is that?" -> interactions (with another product)
    subject: 'accutane and depression??',
    message:
      "My son (17) is about to start Accutane for really bad acne. Reddit is full of stories saying it causes depression and suicidal thoughts. Is that true or is it exaggerated? Someone also said he can't take vitamin A supplements while he's on it, why is that?",
    focus: 'Accutane',
    types: ['side_effects', 'interactions'],
  },
  {
    // "is it true a little bit of gluten is ok" -> lifestyle (diet)
    // "what happens if she keeps eating it at grandmas every weekend" -> complications (if not managed)
    message:
      "my daughter was diagnosed with coeliac disease but my mother in law says it's just a trendy thing and a bit of bread won't hurt her. is it true a little bit of gluten is ok? what happens if she keeps eating it at grandmas every weekend",
    focus: 'coeliac disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Her neighbour told her MS is caused by the mercury in old amalgam fillings ... Is there any truth in this?" -> association (named exposure asked as its cause)
    // "Is there anything that actually slows it down?" -> treatment (therapies)
    message:
      'My best friend was diagnosed with multiple sclerosis in the spring. Her neighbour told her MS is caused by the mercury in old amalgam fillings and that she should have them all drilled out, which would cost thousands. Is there any truth in this? Is there anything that actually slows it down?',
    focus: 'multiple sclerosis',
    types: ['association', 'treatment'],
  },
  {
    // "Is lupus contagious?" -> susceptibility (contagion)
    message:
      'Is lupus contagious? A lady at my work has it and some people are avoiding her because someone said you can catch it.',
    focus: 'lupus',
    types: ['susceptibility'],
  },
  {
    // "Someone in my family told me girls can't get it, only boys, and that girls can't pass it on either. Is that true? Could I be a carrier" -> inheritance (carriers)
    // "and how would I find out?" -> diagnosis (carrier test)
    subject: 'Haemophilia in the family',
    message:
      "My grandad had haemophilia. Someone in my family told me girls can't get it, only boys, and that girls can't pass it on either. Is that true? Could I be a carrier, and how would I find out? I'm planning to start a family next year.",
    focus: 'haemophilia',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "My dad read in the newspaper that statins cause memory loss and even dementia ... Is that right?" -> side_effects
    // "Is it dangerous to just stop it like that?" -> drug_usage (stopping)
    message:
      "My dad read in the newspaper that statins cause memory loss and even dementia, so he's stopped taking his atorvastatin without telling his doctor. Is that right? Is it dangerous to just stop it like that?",
    focus: 'atorvastatin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "could he have it??" -> diagnosis (whether signs could be it)
    // "what test do they do" -> diagnosis (same type)
    // "is it true it can make the big artery from the heart burst" -> complications
    message:
      'saw on tv that abraham lincoln might have had marfan syndrome and they showed pictures of his long hands. my son is 14, really tall and skinny with long fingers, could he have it?? what test do they do. and is it true it can make the big artery from the heart burst',
    focus: 'marfan syndrome',
    types: ['diagnosis', 'complications'],
  },
  {
    // "A thyroid forum says levothyroxine works better if you take it at bedtime instead of first thing in the morning. Is that true?" -> drug_usage (timing)
    // "They also said you can't have coffee or soy milk anywhere near it ... is that true too?" -> interactions (food)
    message:
      "A thyroid forum says levothyroxine works better if you take it at bedtime instead of first thing in the morning. Is that true? They also said you can't have coffee or soy milk anywhere near it - I have both with breakfast every day, is that true too?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "A man at church told us Lou Gehrig's disease comes from playing football and getting hit in the head a lot. ... Could that have caused it?" -> association (named exposure asked as its cause)
    // "is it true most people only live 2 to 5 years after diagnosis?" -> prognosis (life expectancy)
    subject: 'ALS and football',
    message:
      "My dad (61) was just diagnosed with ALS. A man at church told us Lou Gehrig's disease comes from playing football and getting hit in the head a lot. Dad played in high school and college. Could that have caused it? And is it true most people only live 2 to 5 years after diagnosis? We are trying to prepare.",
    focus: 'ALS',
    types: ['association', 'prognosis'],
  },
  {
    // "is it true that everybody with tourettes swears?" -> symptoms (whether a sign belongs to it)
    // "could he still have it" -> diagnosis (whether signs could be it)
    message:
      "is it true that everybody with tourettes swears? my nephew has tics, blinking and sniffing and jerking his head, but he never swears so my sister thinks it can't be Tourette syndrome. could he still have it",
    focus: 'Tourette syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "My neighbour says Bell's palsy is just a mini stroke. Is that true, is it a stroke or not?" -> diagnosis (telling it apart from another condition)
    // "My friend had it and says the face always goes back to normal, does it?" -> prognosis (recovery)
    message:
      "The left side of my face started drooping yesterday and I can't close my eye properly. My neighbour says Bell's palsy is just a mini stroke. Is that true, is it a stroke or not? My friend had it and says the face always goes back to normal, does it?",
    focus: "Bell's palsy",
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "Is it a real disease? What actually is it?" -> information (what the condition is; one question asked twice)
    // "Will it get worse as I get older?" -> prognosis
    message:
      "My GP says I have fibromyalgia but my husband read an article saying it's 'all in the head' and not a real disease. Is it a real disease? What actually is it? Will it get worse as I get older?",
    focus: 'fibromyalgia',
    types: ['information', 'prognosis'],
  },
  {
    // "a facebook group I joined says chronic lyme disease never goes away once you have it ... is that true?" -> prognosis (course)
    // "and that you need months and months of antibiotics to treat it. is that true?" -> treatment
    // "could I still have it even with a negative test" -> diagnosis (whether signs could be it)
    subject: 'chronic lyme??',
    message:
      'a facebook group I joined says chronic lyme disease never goes away once you have it and that you need months and months of antibiotics to treat it. is that true? my lyme test came back negative but I still have joint pain and brain fog after a tick bite last summer. could I still have it even with a negative test',
    focus: 'lyme disease',
    types: ['prognosis', 'treatment', 'diagnosis'],
  },
  {
    // "My friend sent me an article saying it makes you go blind. Is that true?" -> side_effects
    // "is it safe to keep taking it if I get pregnant?" -> contraindications (pregnancy)
    message:
      'I have lupus and take hydroxychloroquine 200mg. My friend sent me an article saying it makes you go blind. Is that true? Also we want to try for a baby soon, is it safe to keep taking it if I get pregnant? My aunt says I have to stop it straight away.',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "My mother in law says babies with PKU can't be breastfed at all, is that true?" -> lifestyle (diet)
    // "Will he really have to be on a special diet forever?" -> lifestyle (same type)
    // "And if we do everything right will he have normal intelligence?" -> prognosis
    subject: 'PKU newborn',
    message:
      "We just found out from the heel prick test that our son has PKU. He is 9 days old. My mother in law says babies with PKU can't be breastfed at all, is that true? Will he really have to be on a special diet forever? And if we do everything right will he have normal intelligence? We are so scared.",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Do people with it really just collapse asleep mid sentence like that or is that TV drama?" -> symptoms
    // "should I get tested?" -> diagnosis
    message:
      'I saw a TV show where a girl with narcolepsy fell asleep in the middle of talking and dropped to the floor. Do people with it really just collapse asleep mid sentence like that or is that TV drama? I get so sleepy in the afternoons I nearly fall asleep at my desk, should I get tested?',
    focus: 'narcolepsy',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "her neighbour says she can't eat any green veg at all anymore ... is that true? and can she still have a glass of wine on a sunday." -> interactions (food, alcohol)
    // "should she take two today?" -> drug_usage (missed dose)
    message:
      "my mum is on warfarin after her heart valve op. her neighbour says she can't eat any green veg at all anymore, no salad no broccoli nothing. is that true? and can she still have a glass of wine on a sunday. she also forgot her tablet yesterday, should she take two today?",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "I read that haemochromatosis is the most common genetic condition in people of Irish descent, is that true?" -> frequency (how common)
    // "How is it treated, is it really just giving blood regularly?" -> treatment (one question asked twice)
    subject: 'Iron overload',
    message:
      'I read that haemochromatosis is the most common genetic condition in people of Irish descent, is that true? My dad was just diagnosed with it. How is it treated, is it really just giving blood regularly?',
    focus: 'haemochromatosis',
    types: ['frequency', 'treatment'],
  },
  {
    // "Everyone on TikTok says being double jointed means you have Ehlers Danlos syndrome. ... Does that mean I have EDS?" -> diagnosis (whether signs could be it)
    // "What kind of doctor even diagnoses it?" -> find_specialist (doctors)
    message:
      'Everyone on TikTok says being double jointed means you have Ehlers Danlos syndrome. I can bend my thumb back to my wrist and my knees bend backwards. Does that mean I have EDS? What kind of doctor even diagnoses it? My GP just laughed.',
    focus: 'Ehlers Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is psoriasis contagious?" -> susceptibility (contagion)
    // "also read on a blog that cutting out nightshades (tomatoes, potatoes, peppers) clears it up, any truth to that" -> lifestyle (diet)
    message:
      "is psoriasis contagious? my boyfriends mum won't let me use the towels in their house. also read on a blog that cutting out nightshades (tomatoes, potatoes, peppers) clears it up, any truth to that",
    focus: 'psoriasis',
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "Does it have to go in the fridge or not?" -> storage_disposal
    // "And is it true he has to finish the whole bottle even if he's better in 2 days?" -> drug_usage (stopping)
    subject: 'amoxicillin fridge',
    message:
      "The pharmacy gave my 4 year old amoxicillin liquid for an ear infection. My friend says it doesn't need to go in the fridge, but I think the label says to refrigerate. Does it have to go in the fridge or not? And is it true he has to finish the whole bottle even if he's better in 2 days?",
    focus: 'amoxicillin',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "Is that how it works? Can a boy have it when nobody else in the family has ever had it?" -> inheritance (one question asked twice)
    // "I also read there's a gene therapy cure in America now. Are there any trials we could get him into here?" -> research (trials)
    message:
      "Our son Liam is 5 and has Duchenne muscular dystrophy. My husband's mother keeps insisting that because nobody on her side ever had it, it must have come from my family. Is that how it works? Can a boy have it when nobody else in the family has ever had it? I also read there's a gene therapy cure in America now. Are there any trials we could get him into here?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'research'],
  },
  {
    // "Google says it's harmless but a forum says it slowly ruins your liver. Which is true?" -> complications (other problems it leads to)
    // "Can I still drink alcohol with it?" -> lifestyle (daily life)
    message:
      "My blood test showed high bilirubin and my doctor said it's probably Gilbert's syndrome and nothing to worry about. Google says it's harmless but a forum says it slowly ruins your liver. Which is true? Can I still drink alcohol with it?",
    focus: "Gilbert's syndrome",
    types: ['complications', 'lifestyle'],
  },
  {
    // "my grandmother says vitiligo comes from drinking milk after eating fish. is that true??" -> association (named exposure asked as its cause)
    // "what really causes it" -> cause
    // "can it spread to other people" -> susceptibility (contagion)
    subject: 'vitiligo myths',
    message:
      'my grandmother says vitiligo comes from drinking milk after eating fish. is that true?? what really causes it and can it spread to other people. my little cousin got white patches and now the other kids wont play with her',
    focus: 'vitiligo',
    types: ['association', 'cause', 'susceptibility'],
  },
  {
    // "Another mum told me it can damage her heart years later even if she seems fine. Is that true?" -> complications
    // "Should she be having heart checks now?" -> diagnosis (screening)
    message:
      'My daughter was in hospital with Kawasaki disease last year and got the IV immunoglobulin. Another mum told me it can damage her heart years later even if she seems fine. Is that true? Should she be having heart checks now?',
    focus: 'Kawasaki disease',
    types: ['complications', 'diagnosis'],
  },
  {
    // "My sister says it'll make me gain tons of weight and I won't sleep at all. True?" -> side_effects
    // "Also is it ok to take it at night instead of the morning" -> drug_usage (timing)
    message:
      "Just started prednisone 40mg for 5 days for an asthma flare. My sister says it'll make me gain tons of weight and I won't sleep at all. True? Also is it ok to take it at night instead of the morning, mornings are chaos with the kids.",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "I always read that girls can't really be affected by fragile X, they can only be carriers. Is that true?" -> inheritance (carriers)
    // "My daughter is 6 and has speech delay and really bad anxiety, could that be fragile X syndrome?" -> diagnosis (whether signs could be it)
    // "What gene is it, in case the doctor asks?" -> genetic_changes
    message:
      "My brother has fragile X syndrome. I always read that girls can't really be affected by fragile X, they can only be carriers. Is that true? My daughter is 6 and has speech delay and really bad anxiety, could that be fragile X syndrome? What gene is it, in case the doctor asks?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis', 'genetic_changes'],
  },
  {
    // "Is it true that sunlight makes their skin blister" -> symptoms
    // "and that garlic can bring on an attack?" -> cause (what brings on attacks)
    // "What are the real symptoms?" -> symptoms (same type)
    subject: 'vampires and porphyria',
    message:
      "Saw a documentary that said vampire legends came from porphyria. Is it true that sunlight makes their skin blister and that garlic can bring on an attack? What are the real symptoms? My coworker was just diagnosed with acute intermittent porphyria and I don't want to say anything stupid.",
    focus: 'porphyria',
    types: ['symptoms', 'cause'],
  },
  {
    // "a friend told me antidepressants change your personality and are addictive so you can never come off them. is that true?" -> side_effects
    // "if i want to stop later how do you come off it safely" -> drug_usage (stopping)
    message:
      'my doctor prescribed sertraline 50mg for anxiety but a friend told me antidepressants change your personality and are addictive so you can never come off them. is that true? if i want to stop later how do you come off it safely',
    focus: 'sertraline',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "His family says that means our children will definitely have the severe kind ... Is that true?" -> inheritance (chance children have it)
    // "If I get pregnant can the baby be tested early?" -> diagnosis (prenatal testing)
    subject: 'both carriers of thalassaemia',
    message:
      "My husband and I both have thalassaemia minor (trait). His family says that means our children will definitely have the severe kind and we shouldn't have kids. Is that true? If I get pregnant can the baby be tested early?",
    focus: 'thalassaemia',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Is Tylenol actually safe to take while pregnant or is that just the news scaring people?" -> contraindications (pregnancy)
    // "If it is ok, how much can I take?" -> drug_usage (dose)
    message:
      "I keep seeing headlines that Tylenol in pregnancy is dangerous for the baby. I'm 20 weeks with a pounding headache. Is Tylenol actually safe to take while pregnant or is that just the news scaring people? If it is ok, how much can I take?",
    focus: 'Tylenol',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "My brother says he read the flu jab gave it to me. Is that true?" -> association (named exposure asked as its cause)
    // "I still have weakness in my legs, will I ever get full strength back?" -> prognosis (recovery)
    message:
      'I had Guillain-Barre syndrome two years ago, three weeks after my flu jab. My brother says he read the flu jab gave it to me. Is that true? I still have weakness in my legs, will I ever get full strength back?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "I read online that there is now a one-time gene therapy that completely cures SMA. Is that true?" -> treatment (cure)
    // "Are there clinical trials we could join if it isn't available to us?" -> research (trials)
    subject: 'SMA gene therapy',
    message:
      "Our baby was diagnosed with SMA type 1 last week. I read online that there is now a one-time gene therapy that completely cures SMA. Is that true? Are there clinical trials we could join if it isn't available to us?",
    focus: 'SMA',
    types: ['treatment', 'research'],
  },
  {
    // "my aunt swears migraines are caused by chocolate and cheese and if i cut them out they will stop. is that true?" -> cause (what brings on attacks)
    // "is there a medicine to stop them coming in the first place" -> prevention (preventing attacks)
    message:
      'my aunt swears migraines are caused by chocolate and cheese and if i cut them out they will stop. is that true? i get 3 or 4 a month. is there a medicine to stop them coming in the first place',
    focus: 'migraines',
    types: ['cause', 'prevention'],
  },
];
