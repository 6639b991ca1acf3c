/**
 * "cancerrisk" set. Messages about inherited cancer risk: screening, preventive surgery, testing relatives,
 * which cancers, with other questions about the condition. Its writer named several conditions by their gene
 * (BRCA1, MUTYH, SDHB, DICER1), which the knowledge base mostly does not hold as names: the set is held to a
 * focus floor of 0.85. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.775, type F1 0.764).
 * Scored by cancerrisk.test.ts and by `npx tsx test/understand/support/score-messages.ts --cancerrisk
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CANCERRISK_MESSAGES: ConsumerMessage[] = [
  // why: asks whether she herself should be tested because her mother carries it -> diagnosis
  {
    message: 'my mom just tested positive for brca1. should i get tested too? im 19',
    focus: 'BRCA1 hereditary breast and ovarian cancer syndrome',
    types: ['diagnosis'],
  },
  // why: asks which other cancers the condition leads to -> complications
  {
    message: 'What kinds of cancer does Lynch syndrome cause besides colon cancer?',
    focus: 'Lynch syndrome',
    types: ['complications'],
  },
  // why: asks how rare it is -> frequency; condition named only in the subject
  {
    subject: 'Li-Fraumeni',
    message: "How rare is this really? Our oncologist said she's only seen two families with it in 20 years.",
    focus: 'Li-Fraumeni syndrome',
    types: ['frequency'],
  },
  // why: asks which gene is behind it -> genetic_changes
  {
    message: 'Which gene is behind von Hippel-Lindau? Trying to understand my genetic report.',
    focus: 'von Hippel-Lindau syndrome',
    types: ['genetic_changes'],
  },
  // why: asks what the signs look like and whether lip bumps are one -> symptoms
  {
    message:
      'What are the signs of MEN 2B? A friend said something about little bumps on the lips and tongue.',
    focus: 'multiple endocrine neoplasia type 2B',
    types: ['symptoms'],
  },
  // why: asks whether having it raises the risk of another condition (pancreatic cancer) -> complications
  {
    message: 'Does Peutz-Jeghers syndrome increase the risk of pancreatic cancer?',
    focus: 'Peutz-Jeghers syndrome',
    types: ['complications'],
  },
  // why: asks whether weight gain or hot flushes come from the medicine -> side_effects; the question is about tamoxifen
  {
    message:
      "I've been offered tamoxifen to lower my breast cancer risk (I'm BRCA2 positive). Does it cause weight gain or hot flushes?",
    focus: 'tamoxifen',
    types: ['side_effects'],
  },
  // why: asks whether it is passed down from parents -> inheritance
  {
    message: 'is gorlin syndrome passed down from parents or can it just happen',
    focus: 'Gorlin syndrome',
    types: ['inheritance'],
  },
  // why: asks whether his polyps could be this condition -> diagnosis
  {
    message: 'Could my 40 polyps be MUTYH polyposis? nobody else in my famly ever had polyps that I know of',
    focus: 'MYH-associated polyposis',
    types: ['diagnosis'],
  },
  // why: asks what the condition is -> information
  {
    message:
      'What is Birt-Hogg-Dubé syndrome? The dermatologist wrote it on my referral and I have no idea what it means.',
    focus: 'Birt-Hogg-Dube syndrome',
    types: ['information'],
  },
  // why: asks about clinical trials -> research
  {
    subject: 'hereditary diffuse gastric cancer',
    message:
      "Are there any clinical trials for people with a CDH1 mutation who don't want their stomach removed?",
    focus: 'hereditary diffuse gastric cancer',
    types: ['research'],
  },
  // why: asks whether someone who had it is at higher risk of other cancers -> complications
  {
    message:
      'Our daughter had retinoblastoma in both eyes as a baby. Is she more likely to get other cancers later in life?',
    focus: 'retinoblastoma',
    types: ['complications'],
  },
  // why: asks where to find a doctor who knows it -> find_specialist
  {
    message:
      'Where can I find a doctor who actually knows about Cowden syndrome in the Midwest? Preferably near Chicago.',
    focus: 'Cowden syndrome',
    types: ['find_specialist'],
  },
  // why: asks how much of the medicine to take -> drug_usage; the question is about aspirin
  {
    message:
      "How much aspirin should I take for Lynch syndrome? My doctor mentioned it but didn't tell me the dose.",
    focus: 'aspirin',
    types: ['drug_usage'],
  },
  // why: asks whether it runs in families / the chance for a next baby -> inheritance
  {
    message:
      'does wilms tumor run in families my son had it at 3 and we are thinking about having another baby',
    focus: 'Wilms tumor',
    types: ['inheritance'],
  },
  // why: asks which cancers he is at higher risk of (complications) and whether he needs screening (diagnosis)
  {
    message:
      'My dad (62) just found out he carries a BRCA2 mutation after my aunt was diagnosed with ovarian cancer. What cancers is he actually at risk for as a man? And should he be getting some kind of screening?',
    focus: 'BRCA2 hereditary breast and ovarian cancer syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: asks when the son should start colonoscopies -> screening -> diagnosis
  {
    message:
      'Hi, my husband has FAP and had his colon removed when he was 24. Our son is 9 now and seems perfectly healthy. At what age should he start having colonoscopies?',
    focus: 'familial adenomatous polyposis',
    types: ['diagnosis'],
  },
  // why: asks whether it gets worse with age -> prognosis
  {
    message:
      "I was diagnosed with MEN1 last year after an operation on my parathyroid glands. The endocrinologist says I'll need scans and blood work every year for the rest of my life. Does this condition get worse as you get older?",
    focus: 'multiple endocrine neoplasia type 1',
    types: ['prognosis'],
  },
  // why: asks the chance that she has the same gene as her brother -> inheritance
  {
    message:
      'Hello, I am from Poland and living in UK. My brother has Lynch syndrome (MSH2), they found it after he had cancer of the bowel at 41. Doctor say I also must do the test. What is the chance I have same gene as him?',
    focus: 'Lynch syndrome',
    types: ['inheritance'],
  },
  // why: asks for a support group or organization -> find_specialist
  {
    subject: 'VHL support',
    message:
      "My wife has VHL and has already had two kidney surgeries and laser treatment on her eye. She's feeling really alone with all of it. Is there a support group or an organization for VHL families?",
    focus: 'von Hippel-Lindau syndrome',
    types: ['find_specialist'],
  },
  // why: asks how and how often the kidneys are checked -> screening -> diagnosis
  {
    message:
      'I have fibroids and some painful skin bumps, and my gene test came back positive for FH. The genetic counselor called it HLRCC. How are the kidneys checked for cancer, and how often?',
    focus: 'hereditary leiomyomatosis and renal cell cancer',
    types: ['diagnosis'],
  },
  // why: asks whether he will walk as a teen (prognosis) and whether he is at higher risk of leukemia/lymphoma (complications)
  {
    message:
      "My grandson is 5 and was just diagnosed with ataxia-telangiectasia. He's already a bit wobbly. Will he still be able to walk when he's a teenager? I also read that children with A-T get leukemia and lymphoma more often, is that right?",
    focus: 'ataxia-telangiectasia',
    types: ['prognosis', 'complications'],
  },
  // why: asks whether there is a test for it -> diagnosis
  {
    message:
      "So I've got something like 80 moles, two relatives with melanoma and a cousin who had pancreatic cancer. My dermatologist muttered something about 'FAMMM' and moved on lol. Is there actually a test for that?",
    focus: 'familial atypical multiple mole melanoma syndrome',
    types: ['diagnosis'],
  },
  // why: asks which cancers the condition brings a higher risk of -> complications
  {
    message:
      'Our baby girl was diagnosed with Beckwith-Wiedemann syndrome (big tongue, one leg bigger than the other). The doctors want tummy ultrasounds every 3 months until she is 4 plus blood tests. What cancers are they actually looking for??',
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['complications'],
  },
  // why: asks whether the children should be tested now or later -> testing relatives -> diagnosis
  {
    message:
      'I had a paraganglioma removed from my neck last year, and genetic testing showed an SDHB mutation. My two children are 14 and 17. Should they be tested now, or is it better to wait until they are adults?',
    focus: 'hereditary paraganglioma-pheochromocytoma',
    types: ['diagnosis'],
  },
  // why: asks about going outside at school and how other families manage school -> lifestyle
  {
    message:
      'my daughter has XP and she starts secondry school in september. can she go outside at break time with sunscreen and long sleves or does she need the full UV suit? what do other familys do for school?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle'],
  },
  // why: asks whether it runs in families (inheritance) and when to start PSA testing (diagnosis)
  {
    subject: 'Hereditary prostate cancer?',
    message:
      "My father and two of his brothers all had prostate cancer in their 50s. I'm 44. Is this the kind of thing that gets passed down, and when should I start PSA tests?",
    focus: 'hereditary prostate cancer',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks which other tumors it can lead to -> complications
  {
    message:
      'Our 2 year old had a pleuropulmonary blastoma and they found a DICER1 mutation. Now they say me and my husband should get tested too. What other tumours can DICER1 cause?',
    focus: 'DICER1 syndrome',
    types: ['complications'],
  },
  // why: asks what the medicine is for and how it works -> indication; the question is about olaparib
  {
    message:
      'My mom has BRCA1 and her ovarian cancer came back. Her oncologist wants to start her on olaparib. What is this medicine for exactly, and how does it work with BRCA?',
    focus: 'olaparib',
    types: ['indication'],
  },
  // why: asks whether yearly whole-body MRI is the right screening or more tests are needed -> diagnosis
  {
    message:
      "I'm 27 and have Li-Fraumeni (TP53). My oncologist mentioned a whole-body MRI every year. Is that the standard screening for people like me, or should I be getting other tests as well?",
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis'],
  },
  // why: asks whether surgery is the only way to prevent ovarian cancer (prevention), whether her daughter has it (inheritance), and about insurance (other)
  {
    message:
      "I'm 34 and tested positive for BRCA1 two years ago. My mom died of ovarian cancer at 48, and her sister had breast cancer twice, so it wasn't a huge surprise, but it still knocked me flat. I have two kids, a boy of 8 and a girl of 6. My gynecologist keeps bringing up having my ovaries and tubes out \"once I'm done having kids\", and I think I am done, but going into menopause at 35 scares me. Is removing my ovaries really the only way to prevent ovarian cancer, or is there something else I could do? I also lie awake wondering about my daughter. Would she have the same mutation? And, less important but real: does insurance usually cover the surgery and the breast reconstruction if I decide to do both? Sorry for the long message.",
    focus: 'BRCA1 hereditary breast and ovarian cancer syndrome',
    types: ['prevention', 'inheritance', 'other'],
  },
  // why: asks about playing soccer after surgery (lifestyle), other options than colectomy (treatment), and whether future kids would get it (inheritance)
  {
    message:
      'hi im 16 and i have fap. they found like hundreds of polyps when i was 14 and my surgeon says i need my colon out before i go to college. i play soccer (center back) and i really want to keep playing. will i be able to play after the surgery?? also is there any other option than taking out the whole colon, like just removing polyps every year? my mom is freaking out more than me honestly. oh and my girlfriend asked if our kids would get it lol (not planning anything soon dont worry)',
    focus: 'familial adenomatous polyposis',
    types: ['lifestyle', 'treatment', 'inheritance'],
  },
  // why: asks whether his signs could be this condition (diagnosis) and how it differs from Lynch syndrome (information)
  {
    subject: 'skin lumps and bowel cancer - Muir-Torre?',
    message:
      "My husband is 58. Over the last ten years he has had several yellowish lumps removed from his face and back. Then at 52 he had colon cancer, which was treated with surgery and he has been fine since. Last month another lump was removed and the pathology report said sebaceous adenoma, and the dermatologist wrote that we should 'consider Muir-Torre syndrome'. Nobody has followed this up. Could that be what he has? His cousin was told a few years ago she has Lynch syndrome, and I don't understand how that is different from Muir-Torre, or whether it is the same thing under another name.",
    focus: 'Muir-Torre syndrome',
    types: ['diagnosis', 'information'],
  },
  // why: asks whether endoscopy can catch it (diagnosis), how people eat and live after gastrectomy (lifestyle), and about breast cancer risk for women with it (complications)
  {
    subject: 'CDH1 questions',
    message:
      "Hello. My family has been hit hard by stomach cancer: my grandfather, my uncle at 39 and my cousin at 31. After my cousin died, the family was tested and a CDH1 mutation was found. I have it, and so does my sister. The genetics team told us this is hereditary diffuse gastric cancer and recommended having our stomachs removed. I am 29, a chef, and I can't imagine life without a stomach. I have a few questions:\n1. Is having regular endoscopies with biopsies a reliable way to catch it early instead?\n2. For people who do have the stomach removed, how do they eat afterwards? Can you go back to a normal job and life?\n3. My sister read that women with CDH1 also have more breast cancer. What kind of breast cancer, and how big is that risk?\nThank you for any information.",
    focus: 'hereditary diffuse gastric cancer',
    types: ['diagnosis', 'lifestyle', 'complications'],
  },
  // why: asks the chance each child inherited it (inheritance) and whether they should be tested at their young age (diagnosis)
  {
    message:
      "Dear Sir or Madam,\n\nMy husband was diagnosed with medullary thyroid cancer at the age of 35, and two years later with a pheochromocytoma. Genetic testing showed a RET mutation, and we were told he has MEN2A. His father died young of what the family called 'a heart problem', which we now suspect was something else.\n\nWe have two children, aged 3 and 6. The endocrinologist mentioned in passing that children with the mutation often have their thyroid removed early, which frightened us very much. Before we go any further, I would like to understand two things. What is the chance that each of our children has inherited the mutation? And should they really be tested now, at such a young age, or can this wait until they are older?\n\nThank you in advance for your help.",
    focus: 'multiple endocrine neoplasia type 2A',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks for an expert center in Europe (find_specialist) and the risk for her future baby (inheritance)
  {
    message:
      "Hello, I write for my sister because her English is not good. She have Carney complex, she had operation on the heart for myxoma two years ago and she has many brown spots on the face and lips. Also problem with the adrenal gland they say. In our country (Romania) doctors don't know much about this disease, each time we must explain. Is there some expert center in Europe for Carney complex where she can go for control? And my sister want to have baby with her husband, what is the risk for the baby to have it also? Thank you very much",
    focus: 'Carney complex',
    types: ['find_specialist', 'inheritance'],
  },
  // why: asks how common it is in men (frequency) and what the treatment is (treatment)
  {
    message:
      'so my buddy (47) just got diagnosed with breast cancer and honestly none of us even knew guys could get that. he found a lump near his nipple and ignored it for months cause he thought it was a cyst or from the gym. turns out his sister tested BRCA2 positive a couple years back so now everyone is getting tested. hes taking it pretty well on the outside but i can tell hes scared. is it actually common for guys to get this and whats the treatment is it the same as for women surgery chemo etc',
    focus: 'male breast cancer',
    types: ['frequency', 'treatment'],
  },
  // why: asks whether the kidneys can be kept as tumors recur (treatment) and the long-term outlook (prognosis)
  {
    message:
      "My father and his brother both had kidney cancer in their 40s, with several tumours in both kidneys. Two years ago I had a scan for something unrelated and they found three small tumours in my left kidney and one in my right. Genetic testing found a MET mutation and the urologist says I have hereditary papillary renal cell carcinoma. They removed part of the left kidney last year, and now they want to 'watch' the right one. I'm 38 with young kids and a job I love. Is it possible to keep my kidneys if new tumours keep appearing, or will I end up on dialysis one day? And what is the long-term outlook for someone like me?",
    focus: 'hereditary papillary renal cell carcinoma',
    types: ['treatment', 'prognosis'],
  },
  // why: asks about his later risk of bowel/stomach cancer (complications) and about a link between the condition and HHT (association)
  {
    message:
      "Our son Leo is 11. Last year he had blood in his stool and was very tired, and the blood tests showed he was anemic. After a colonoscopy they found more than 20 polyps, and the doctor said they were 'juvenile polyps' and that he has juvenile polyposis syndrome. The genetic test shows a SMAD4 change. He has had two more scopes since then to remove polyps and he hates them. What I want to know is what his risk is of getting bowel or stomach cancer when he's older? The GI doctor also mentioned something called HHT and said we should check his heart and lungs. Is there a connection between juvenile polyposis and HHT? We had never heard of either before.",
    focus: 'juvenile polyposis syndrome',
    types: ['complications', 'association'],
  },
  // why: asks the chance the baby inherits it (inheritance), his pancreatic cancer risk (complications), and for a genetic counselor (find_specialist)
  {
    message:
      "My partner Tom found out he has a BRCA2 mutation after his mum's breast cancer. We are planning to try for a baby next year and I've been reading everything I can find, so I've made a list:\n- What are the chances our baby would get the mutation from him?\n- His grandfather died of pancreatic cancer. Does the BRCA2 mutation mean Tom is more likely to get pancreatic cancer too?\n- Is there a genetic counsellor who specialises in family planning for BRCA families? We're in Manchester.\nThanks so much, it's a lot to take in.",
    focus: 'BRCA2 hereditary breast and ovarian cancer syndrome',
    types: ['inheritance', 'complications', 'find_specialist'],
  },
];
