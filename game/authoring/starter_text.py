"""The starter scenario `new` writes: one story, with comments in Indonesian or English. The YAML body is
written once; each «name» is replaced by the comment in the chosen language, «ID» by the new scenario's id."""

BODY = """\
# «intro1»
# «intro2»
#   python run_game.py validate «PATH»
#   python run_game.py play --text «PATH» --lang «LANG»
# «intro3»

format: 1                    # «format»
id: «ID»                     # «id»
title: {id: "Rembuk Air Bersih", en: "The Clean Water Forum"}   # «text»
summary:
  id: "Sumur warga Dusun Krajan mengering. Bagaimana Anda membantu warga mengurus air mereka sendiri?"
  en: "The wells of Krajan hamlet are drying up. How do you help residents manage their own water?"
duty: [needs_design, partnerships]   # «duty»
minutes: 5                   # «minutes»
start: kantor                # «start»
calendar: {start: 2026-03-02}   # «calendar»
coach: yoga                  # «coach»
pass_mark: 0.6               # «pass_mark»

characters:                  # «characters»
  yoga:
    name: Mas Yoga
    role: {id: Pendamping Desa, en: Village facilitator}
    # portrait: portraits/facilitator.png   # «portrait»
  darmi:
    name: Bu Darmi
    role: {id: Kepala Dusun Krajan, en: Head of Krajan hamlet}

locations:                   # «locations»
  kantor:
    name: {id: Kantor Dinas PMD, en: The Dinas PMD office}
    kind: office
    # background: backgrounds/office.png    # «background»
  balai:
    name: {id: Balai Dusun Krajan, en: Krajan hamlet hall}
    kind: village_hall
    weather: dry             # «weather»

meters:                      # «meters»
  partisipasi:               # «world»
    label: {id: Partisipasi warga, en: Resident participation}
    description: {id: Seberapa banyak warga ikut memutuskan, en: How many residents take part in deciding}   # «description»
    better: higher           # «better»
    start: 20
    min: 0
    max: 100
  trust_darmi:               # «trust»
    kind: trust
    stakeholder: darmi
    label: {id: Kepercayaan Bu Darmi, en: Bu Darmi's trust}
    start: 50
    min: 0
    max: 100
  fasilitasi:                # «competency»
    kind: competency
    label: {id: Fasilitasi, en: Facilitation}

nodes:                       # «nodes»
  kantor:
    location: kantor         # «location»
    lines:                   # «lines»
      - speaker: yoga
        text:
          id: "{sapaan}, sumur di Krajan mengering. Warga mulai membeli air jeriken."   # «sapaan»
          en: "{sapaan}, the wells in Krajan are drying up. Residents have started buying water by the jerrycan."
      - text:                # «narration»
          id: "Di meja Anda ada brosur pompa air tenaga surya."
          en: "On your desk lies a leaflet for a solar water pump."
    choices:                 # «choices»
      - id: kantor.rembuk    # «choice_id»
        text:
          id: "Minta Mas Yoga mengajak warga rembuk di balai dusun."
          en: "Ask Yoga to invite residents to a forum at the hamlet hall."
        effects: {collaboration: 2, empathy: 1, fasilitasi: 1, partisipasi: 15, trust_darmi: 10}   # «effects»
        time: 2 weeks        # «time»
        feedback:            # «feedback»
          id: "Tiga puluh warga datang. Mereka tahu mata air mana yang masih mengalir."
          en: "Thirty residents come. They know which springs still flow."
        next: rembuk         # «next»
      - id: kantor.pasang_sendiri
        text:
          id: "Pesan pompa itu sekarang dan pasang minggu depan."
          en: "Order the pump now and install it next week."
        effects: {collaboration: -1, partisipasi: -5}
        set: {pompa_dipasang: true}   # «set»
        misconceptions: [solo_work, quick_change]   # «misconceptions»
        insight:             # «insight»
          id: "Pompa tanpa kesepakatan warga tidak punya perawat. Rembuk dulu: siapa merawat, siapa membayar listrik."
          en: "A pump nobody agreed on has nobody to look after it. Talk first: who maintains it, who pays."
        schedule:            # «schedule»
          - event: pompa_rusak
            after: 2 decisions
        time: 1 week
        feedback:
          id: "Pompa terpasang cepat. Warga menonton dari pinggir."
          en: "The pump goes in quickly. Residents watch from the side."
        next: rembuk

  rembuk:
    location: balai
    lines:
      - speaker: darmi
        text:
          id: "Warga mau ikut, asal tahu untuk apa iurannya."
          en: "Residents will join in, as long as they know what their contribution pays for."
      - speaker: darmi
        if: pompa_dipasang   # «line_if»
        text:
          id: "Pompanya sudah ada, tapi siapa yang memegang kuncinya?"
          en: "The pump is there, but who holds its key?"
    reflection:              # «reflection»
      id: "Siapa yang paling terdampak kekeringan ini, dan apakah mereka ada di ruangan?"
      en: "Who is hit hardest by this drought, and are they in the room?"
    hint:                    # «hint»
      id: "Siapa yang nanti merawat airnya kalau Dinas sudah pulang?"
      en: "Who will look after the water once the office has gone home?"
    choices:
      - id: rembuk.kelompok
        text:
          id: "Ajak warga membentuk kelompok pengelola air dan menyepakati iuran."
          en: "Invite residents to form a water committee and agree on a fee."
        effects: {collaboration: 2, fasilitasi: 1, partisipasi: 15, trust_darmi: 10}
        set: {iuran_jalan: true}
        time: 1 month
        feedback:
          id: "Kelompok terbentuk. Bu Darmi mencatat iuran di buku tulis bersampul biru."
          en: "The committee forms. Bu Darmi records the fees in a blue exercise book."
        next:                # «branches»
          - if: partisipasi >= 40
            node: pengelola
          - node: penutup
      - id: rembuk.bantuan
        text:
          id: "Janjikan tangki air bantuan dari Dinas Sosial setiap pekan."
          en: "Promise a relief water tanker from the social affairs office every week."
        effects: {empathy: 1, partisipasi: -10}
        misconceptions: [aid_dependency]
        insight:
          id: "Tangki air menolong hari ini. Kelompok pengelola air menolong tahun depan."
          en: "A tanker helps today. A water committee helps next year."
        schedule:
          - event: tangki_berhenti
            after: 1 month
        time: 1 week
        feedback:
          id: "Tangki datang hari Sabtu. Antreannya panjang."
          en: "The tanker comes on Saturday. The queue is long."
        next: penutup
      - id: rembuk.tanya_darmi
        if: trust_darmi >= 60   # «choice_if»
        fixed: true          # «fixed»
        text:
          id: "Tanyakan Bu Darmi warga mana yang belum terdengar."
          en: "Ask Bu Darmi which residents have not been heard yet."
        effects: {empathy: 2, trust_darmi: 5}
        time: 2 days
        feedback:
          id: "Bu Darmi menyebut tiga janda di ujung dusun. Mas Yoga mendatangi mereka."
          en: "Bu Darmi names three widows at the edge of the hamlet. Yoga visits them."
        next: pengelola

  pengelola:
    if: not pompa_rusak      # «node_if»
    otherwise: penutup
    deadline: {day: 60, missed: penutup}   # «deadline»
    location: balai
    weather: cloudy          # «weather»
    lines:
      - speaker: yoga
        text:
          id: "Kelompok pengelola minta dilatih membuat laporan keuangan."
          en: "The committee asks for training in keeping accounts."
    choices:
      - id: pengelola.latih
        text:
          id: "Minta Mas Yoga melatih mereka, dengan jadwal yang mereka pilih."
          en: "Ask Yoga to train them, on a schedule they choose."
        effects: {collaboration: 1, fasilitasi: 1, partisipasi: 10}
        time: 3 weeks
        feedback:
          id: "Laporan pertama ditempel di balai dusun. Warga membacanya sambil antre air."
          en: "The first report goes up at the hamlet hall. Residents read it while queuing for water."
        next: END            # «end»

  penutup:
    lines:
      - if: month >= 1
        text:
          id: "Sudah lebih dari sebulan sejak Anda pertama mendengar kabar sumur kering."
          en: "More than a month has passed since you first heard about the dry wells."
      - text:
          id: "Musim hujan masih jauh."
          en: "The rainy season is still far off."
    choices:
      - id: penutup.selesai
        text:
          id: "Catat apa yang sudah dan belum berjalan, lalu pamit."
          en: "Note what works and what does not yet, and take your leave."
        feedback:
          id: "Bu Darmi mengantar Anda sampai ke jalan."
          en: "Bu Darmi walks you to the road."
        next: END

events:                      # «events»
  pompa_rusak:               # «delayed»
    kind: delayed
    title: {id: Pompa rusak, en: The pump breaks}
    text:
      id: "Pompa berhenti. Tidak ada yang tahu siapa yang harus memperbaikinya."
      en: "The pump stops. Nobody knows whose job it is to repair it."
    effects: {partisipasi: -10, trust_darmi: -10}
    set: {pompa_rusak: true}
  tangki_berhenti:
    kind: delayed
    if: not iuran_jalan      # «event_if»
    title: {id: Tangki berhenti datang, en: The tanker stops coming}
    text:
      id: "Anggaran tangki habis. Warga kembali membeli air jeriken."
      en: "The tanker budget runs out. Residents go back to buying water by the jerrycan."
    effects: {partisipasi: -5}
  kemarau:                   # «obstacle»
    kind: obstacle
    at: [rembuk]
    probability: 0.5
    once: true
    title: {id: Kemarau panjang, en: A long dry season}
    text:
      id: "Dua sumur lagi mengering. Rembuk dimulai dengan wajah-wajah cemas."
      en: "Two more wells dry up. The forum begins with worried faces."
    effects: {partisipasi: 5}
  kunjungan_camat:           # «divert»
    kind: obstacle
    if: partisipasi >= 50
    at: [penutup]
    probability: 0.5
    title: {id: Camat berkunjung, en: The sub-district head visits}
    text:
      id: "Camat mendengar tentang rembuk ini dan ingin bertemu kelompok pengelola."
      en: "The sub-district head hears about the forum and wants to meet the committee."
    next: pengelola

endings:                     # «endings»
  - id: air_milik_warga
    if: partisipasi >= 50 and collaboration >= 3 and not pompa_rusak   # «ending_if»
    best: true               # «best»
    title: {id: Air milik warga, en: Water the residents own}
    summary:
      id: "Kelompok pengelola air berjalan dengan iuran dan laporan yang disepakati warga."
      en: "The water committee runs on fees and reports the residents agreed on."
    epilogue:                # «epilogue»
      - if: iuran_jalan
        speaker: darmi
        text:
          id: "Iuran bulan ini lunas, {sapaan}. Buku birunya sudah dua."
          en: "This month's fees are all paid, {sapaan}. We are on our second blue book."
    debrief:                 # «debrief»
      - {id: "Apa yang dilakukan warga yang tidak bisa Anda lakukan sendiri?", en: "What did residents do that you could not have done yourself?"}
  - id: pompa_terbengkalai
    if: pompa_rusak or partisipasi < 20
    title: {id: Pompa terbengkalai, en: An abandoned pump}
    summary:
      id: "Ada pompa, tapi tidak ada yang merasa memilikinya."
      en: "There is a pump, but nobody feels it is theirs."
    debrief:
      - {id: "Keputusan mana yang terasa cepat? Apa akibatnya kemudian?", en: "Which decisions felt fast? What followed later?"}
  - id: masih_berjalan         # «default_ending»
    title: {id: Masih berjalan, en: Still under way}
    summary:
      id: "Warga mulai bergerak, tapi belum ada yang pasti."
      en: "Residents have started to move, but nothing is settled yet."
    debrief:
      - {id: "Apa langkah berikutnya yang akan Anda serahkan kepada warga?", en: "What next step would you hand over to the residents?"}
"""

COMMENTS = {
    "id": {
        "intro1": "Skenario awal dari `python run_game.py new`. Ubah cerita, tokoh, dan pilihannya sesuka Anda.",
        "intro2": "Setiap kali selesai mengubah, periksa lalu mainkan:",
        "intro3": "Panduan lengkap: docs/authoring.id.md; arti setiap kode galat: docs/errors.md.",
        "format": "versi format; untuk sekarang selalu 1",
        "id": "id unik: huruf kecil, angka, - dan _",
        "text": "setiap teks untuk pemain ditulis dua bahasa: id (Indonesia) dan en (Inggris)",
        "duty": "tugas Bidang yang dilatih: needs_design, team_coordination, monitoring_evaluation, partnerships",
        "minutes": "perkiraan lama satu permainan, dalam menit",
        "start": "simpul (node) pertama cerita",
        "calendar": "opsional: tanggal cerita dimulai (YYYY-MM-DD)",
        "coach": "opsional: tokoh yang menjawab bila peserta minta petunjuk",
        "pass_mark": "opsional: bagian skor terbaik yang dihitung lulus di catatan sesi, 0 sampai 1 (0.6 = 60%)",
        "sapaan": "{sapaan} menjadi Pak atau Bu, sesuai pilihan pemain; jangan menulis Kabid saja",
        "hint": "opsional: petunjuk pelatih bila diminta; berupa pertanyaan, bukan jawaban",
        "fixed": "opsional: pilihan ini tetap di tempatnya; pilihan lain diacak urutannya",
        "deadline": "opsional: tiba di simpul ini setelah hari ke-60 berarti terlambat: cerita pindah ke missed",
        "best": "akhir terbaik (satu saja); bawaan: akhir pertama",
        "epilogue": "kalimat penutup yang mengikuti jalan pemain; masing-masing boleh memakai if",
        "characters": "tokoh: id -> nama, peran",
        "portrait": "opsional: gambar tokoh, di folder skenario atau di assets/",
        "locations": "tempat: id -> nama, jenis (office, village_hall, field, market, health_post, home, ...)",
        "background": "opsional: gambar latar",
        "meters": "meter: collaboration dan empathy sudah ada; di sini meter tambahan",
        "world": "kind: world (bawaan) = keadaan desa atau tim; nilainya dijaga di antara min dan max",
        "better": "better: higher (bawaan) atau lower, bila kenaikan justru kabar buruk (mis. beban kerja Anda)",
        "description": "opsional: apa yang diukur meter ini, dibaca pemain pada penjelasan indikator dan di debrief",
        "trust": "kind: trust = kepercayaan seorang pemangku kepentingan (stakeholder) kepada Anda",
        "competency": "kind: competency = kompetensi tambahan yang dinilai 0-100 seperti kolaborasi",
        "nodes": "simpul-simpul cerita: id -> simpul",
        "location": "tempat simpul ini (id dari locations)",
        "weather": "opsional: clear (cerah), cloudy (mendung), rain (hujan), dry (kemarau); cuaca simpul menggantikan cuaca tempat",
        "lines": "yang diucapkan: speaker = id tokoh",
        "narration": "tanpa speaker: narasi",
        "choices": "pilihan pemain (1 sampai 9); minimal satu tanpa if",
        "choice_id": "opsional: id tetap pilihan (bawaan: <simpul>.<nomor>)",
        "effects": "perubahan meter: {meter: perubahan}",
        "time": "lama waktu: 3 days, 2 weeks, 1 month (atau hari, minggu, bulan)",
        "feedback": "wajib: apa yang terjadi di dunia karena pilihan ini; bukan 'benar/salah'",
        "next": "simpul berikutnya, atau END untuk selesai",
        "set": "menyalakan penanda (flag) yang bisa diuji dalam kondisi",
        "misconceptions": "miskonsepsi yang ditunjukkan: solo_work, quick_change, aid_dependency",
        "insight": "pembinaan: seperti apa jalan kolaboratifnya",
        "schedule": "peristiwa tertunda: setelah waktu (2 months) atau sejumlah keputusan (2 decisions)",
        "line_if": "kalimat ini hanya muncul bila kondisinya benar",
        "reflection": "pertanyaan refleksi yang dijawab peserta dengan kata-katanya sendiri",
        "branches": "next bercabang: dicoba berurutan; cabang terakhir tanpa if",
        "choice_if": "pilihan ini hanya muncul bila kondisinya benar",
        "node_if": "saat tiba: bila kondisi salah, cerita pindah ke simpul otherwise",
        "end": "END: permainan selesai dan akhir cerita (ending) dipilih",
        "events": "peristiwa: delayed (dijadwalkan pilihan) atau obstacle (diundi setelah tiap keputusan)",
        "delayed": "terjadi hanya bila sebuah pilihan menjadwalkannya",
        "event_if": "terjadi hanya bila kondisi ini benar pada saatnya",
        "obstacle": "at: hanya dalam perjalanan ke simpul ini; probability: peluang 0-1; once: sekali saja",
        "divert": "next: membelokkan cerita ke simpul lain",
        "endings": "akhir cerita, diperiksa berurutan; yang pertama kondisinya benar yang terjadi",
        "ending_if": "kondisi: meter, penanda, turn, day, month; and, or, not",
        "debrief": "pertanyaan untuk diskusi setelah bermain",
        "default_ending": "akhir terakhir tanpa if: bawaan bila tidak ada yang cocok",
    },
    "en": {
        "intro1": "A starter scenario from `python run_game.py new`. Change the story, people and choices as you like.",
        "intro2": "Each time you change it, check it and play it:",
        "intro3": "The full guide: docs/authoring.md; what each error code means: docs/errors.md.",
        "format": "the format version; always 1 for now",
        "id": "a unique id: lowercase letters, digits, - and _",
        "text": "every player-facing text has two languages: id (Indonesian) and en (English)",
        "duty": "the division's duties it trains: needs_design, team_coordination, monitoring_evaluation, partnerships",
        "minutes": "roughly how long one playthrough takes, in minutes",
        "start": "the first node of the story",
        "calendar": "optional: the date the story starts (YYYY-MM-DD)",
        "coach": "optional: the character who answers when a trainee asks for a hint",
        "pass_mark": "optional: the share of the best score that passes in the records, 0 to 1 (0.6 = 60%)",
        "sapaan": "{sapaan} becomes Pak or Bu, as the player chose; never write a bare Kabid",
        "hint": "optional: the coach's hint when asked; a question, not the answer",
        "fixed": "optional: this option keeps its place; the others are shown in a shuffled order",
        "deadline": "optional: arriving here after day 60 is too late: the story goes to missed",
        "best": "the best ending (only one); by default the first",
        "epilogue": "closing lines that follow the player's path; each may have an if",
        "characters": "people: id -> name, role",
        "portrait": "optional: a picture, in the scenario's folder or in assets/",
        "locations": "places: id -> name, kind (office, village_hall, field, market, health_post, home, ...)",
        "background": "optional: a background picture",
        "meters": "meters: collaboration and empathy always exist; declare others here",
        "world": "kind: world (the default) = the state of the village or team; kept between min and max",
        "better": "better: higher (the default) or lower, when a rise is bad news (e.g. your own workload)",
        "description": "optional: what this meter measures, read by the player in the meters' legend and the debrief",
        "trust": "kind: trust = a stakeholder's trust in you",
        "competency": "kind: competency = an extra competency scored 0-100 like collaboration",
        "nodes": "the story's nodes: id -> node",
        "location": "where this node happens (an id from locations)",
        "weather": "optional: clear, cloudy, rain or dry, drawn over the picture; a node's replaces its location's",
        "lines": "what is said: speaker = a character id",
        "narration": "no speaker: narration",
        "choices": "what the player can do (1 to 9); at least one without if",
        "choice_id": "optional: a stable id for the choice (default: <node>.<number>)",
        "effects": "meter changes: {meter: change}",
        "time": "how long it takes: 3 days, 2 weeks, 1 month",
        "feedback": "required: what happens in the world because of it; never 'right/wrong'",
        "next": "the next node, or END to finish",
        "set": "sets flags that conditions can test",
        "misconceptions": "the misconceptions it reveals: solo_work, quick_change, aid_dependency",
        "insight": "coaching: what a collaborative alternative looks like",
        "schedule": "delayed events: after a time (2 months) or a number of decisions (2 decisions)",
        "line_if": "this line is shown only when the condition holds",
        "reflection": "a question the trainee answers in their own words",
        "branches": "a branching next: tried in order; the last branch has no if",
        "choice_if": "this choice appears only when the condition holds",
        "node_if": "on arrival: when the condition is false the story goes to the node in otherwise",
        "end": "END: the session finishes and an ending is chosen",
        "events": "events: delayed (scheduled by a choice) or obstacle (rolled after every decision)",
        "delayed": "happens only when a choice schedules it",
        "event_if": "happens only when this condition holds at the time it is due",
        "obstacle": "at: only on the way into these nodes; probability: 0-1 chance; once: at most once",
        "divert": "next: diverts the story to another node",
        "endings": "endings, checked in order; the first whose condition holds is reached",
        "ending_if": "conditions: meters, flags, turn, day, month; and, or, not",
        "debrief": "questions for the discussion after playing",
        "default_ending": "the last ending has no if: the default when none matches",
    },
}
