import Foundation

/// The languages diagnostics are printed in.
package enum MessageLanguage: String, Sendable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// The site's `language` decides, so editors read messages in the language they write in.
    package static func forSite(_ code: String) -> MessageLanguage {
        code.lowercased().hasPrefix("en") ? .english : .indonesian
    }
}

/// Every diagnostic message Warta prints, with its translations, in one place.
///
/// Messages are written in English where they are raised (the language of the code, so they can be
/// found with grep) and looked up here by their English pattern when printed; `%1`, `%2` … stand for
/// the parts that vary, which are translated in turn when they are catalogue entries themselves
/// (e.g. "a whole number" inside "`%1` must be %2").
package enum MessageCatalogue {
    package struct Entry {
        package var english: String
        package var indonesian: String
    }

    // Longer, more specific patterns first: the first match wins.
    package static let entries: [Entry] = [
        // Files and text
        Entry(english: "cannot read file", indonesian: "berkas tidak dapat dibaca"),
        Entry(english: "the file changed while the site was being built; build again",
              indonesian: "berkas berubah saat situs sedang dibangun; bangun ulang"),
        Entry(english: "file is not valid UTF-8 text; save it as UTF-8 (in most editors: Save As… › Encoding › UTF-8)",
              indonesian: "berkas ini bukan teks UTF-8; simpan ulang sebagai UTF-8 (di kebanyakan penyunting: Simpan Sebagai… › Encoding › UTF-8)"),
        Entry(english: "an invisible control character (%1) was replaced by �",
              indonesian: "sebuah karakter kendali tak terlihat (%1) diganti dengan �"),
        Entry(english: "%1 invisible control characters (the first: %2) were replaced by �",
              indonesian: "%1 karakter kendali tak terlihat (yang pertama: %2) diganti dengan �"),
        Entry(english: "such characters come with text pasted from PDF files or word processors; delete them",
              indonesian: "karakter seperti ini ikut terbawa saat menempel teks dari berkas PDF atau pengolah kata; hapuslah"),
        Entry(english: "symbolic links are not followed; copy the file into content/ instead",
              indonesian: "tautan simbolik tidak diikuti; salin berkasnya ke dalam content/"),
        Entry(english: "this file is not used: Markdown goes in news/, programs/, pages/ or statistics/, data (.csv) in statistics/, images and downloads in media/",
              indonesian: "berkas ini tidak dipakai: Markdown masuk ke news/, programs/, pages/ atau statistics/, data (.csv) ke statistics/, gambar dan unduhan ke media/"),
        Entry(english: "site configuration is missing: create content/site.yml with at least `title` and `base_url`",
              indonesian: "konfigurasi situs tidak ada: buat content/site.yml dengan setidaknya `title` dan `base_url`"),

        Entry(english: "another build of this project is running; waiting for it to finish …",
              indonesian: "pembangunan lain pada proyek ini sedang berjalan; menunggu hingga selesai …"),
        Entry(english: "another build of this project is still running after %1 s; wait for it to finish, then build again",
              indonesian: "pembangunan lain pada proyek ini masih berjalan setelah %1 detik; tunggu hingga selesai, lalu bangun ulang"),
        Entry(english: "cannot take the project's build lock: %1", indonesian: "kunci pembangunan proyek tidak dapat diambil: %1"),

        // Front matter and YAML
        Entry(english: "missing front matter: the file must start with a line `---`, then the fields (title, date …), then another `---`",
              indonesian: "bagian depan (front matter) tidak ada: berkas harus diawali baris `---`, lalu isian (title, date …), lalu `---` lagi"),
        Entry(english: "front matter is not closed: add a line `---` after the last field",
              indonesian: "bagian depan belum ditutup: tambahkan baris `---` setelah isian terakhir"),
        Entry(english: "expected fields written as `key: value`", indonesian: "isian harus ditulis sebagai `nama: nilai`"),
        Entry(english: "invalid YAML: %1", indonesian: "penulisan YAML salah: %1"),
        Entry(english: "cannot read YAML: %1", indonesian: "YAML tidak dapat dibaca: %1"),
        Entry(english: "the key %1 appears more than once; keep one", indonesian: "isian %1 ditulis lebih dari sekali; sisakan satu"),
        Entry(english: "a value containing `: ` must be put in quotes, e.g. title: \"Bansos 2024: Tahap II\"",
              indonesian: "nilai yang memuat `: ` harus diberi tanda kutip, misalnya title: \"Bansos 2024: Tahap II\""),
        Entry(english: "missing required field `%1`", indonesian: "isian wajib `%1` belum ada"),
        Entry(english: "`%1` must not be empty", indonesian: "`%1` tidak boleh kosong"),
        Entry(english: "each item of `%1` must be a group of `key: value` fields", indonesian: "setiap butir `%1` harus berupa kelompok isian `nama: nilai`"),
        Entry(english: "each item of `%1` must be text", indonesian: "setiap butir `%1` harus berupa teks"),
        Entry(english: "text", indonesian: "berupa teks"),
        Entry(english: "a whole number", indonesian: "berupa bilangan bulat"),
        Entry(english: "true or false", indonesian: "true (ya) atau false (tidak)"),
        Entry(english: "a list", indonesian: "berupa daftar"),
        Entry(english: "a group of `key: value` fields", indonesian: "berupa kelompok isian `nama: nilai`"),
        Entry(english: "unknown field `%1` in %2; it is ignored", indonesian: "isian `%1` tidak dikenal di %2; isian ini diabaikan"),
        Entry(english: "news front matter", indonesian: "bagian depan berita"),
        Entry(english: "programme front matter", indonesian: "bagian depan program"),
        Entry(english: "page front matter", indonesian: "bagian depan halaman"),
        Entry(english: "dataset metadata", indonesian: "metadata data"),
        Entry(english: "site.yml", indonesian: "site.yml"),
        Entry(english: "a menu item", indonesian: "butir menu"),
        Entry(english: "a column", indonesian: "kolom"),
        Entry(english: "a table block", indonesian: "blok tabel"),

        // News, slugs, references
        Entry(english: "`date` is not a valid date: \"%1\"", indonesian: "`date` bukan tanggal yang benar: \"%1\""),
        Entry(english: "write it as YYYY-MM-DD (2024-11-12) or with a time and offset (2024-11-12T10:00:00+07:00)",
              indonesian: "tulis sebagai TTTT-BB-HH (2024-11-12) atau dengan jam dan zona (2024-11-12T10:00:00+07:00)"),
        Entry(english: "`date` is in the future (%1); the article is published now but shows that date",
              indonesian: "`date` ada di masa depan (%1); berita tetap terbit sekarang tetapi menampilkan tanggal itu"),
        Entry(english: "`image` has no `image_alt`: describe the picture for readers who cannot see it",
              indonesian: "`image` tidak punya `image_alt`: jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya"),
        Entry(english: "`image`: %1", indonesian: "`image`: %1"),
        Entry(english: "`%1` must be a web address starting with https:// or http://", indonesian: "`%1` harus alamat web yang diawali https:// atau http://"),
        Entry(english: "`slug` must contain letters or digits", indonesian: "`slug` harus memuat huruf atau angka"),
        Entry(english: "the file name gives no usable address; rename it or add `slug:`",
              indonesian: "nama berkas tidak menghasilkan alamat yang bisa dipakai; ganti namanya atau tambahkan `slug:`"),
        Entry(english: "draft \"%1\" is not published (build with --drafts to preview it)",
              indonesian: "draf \"%1\" tidak diterbitkan (bangun dengan --drafts untuk melihatnya)"),
        Entry(english: "another %1 already has the address `%2` (%3); give one of them a different file name or `slug:`",
              indonesian: "%1 lain sudah memakai alamat `%2` (%3); beri salah satunya nama berkas atau `slug:` yang berbeda"),
        Entry(english: "news item", indonesian: "berita"),
        Entry(english: "programme", indonesian: "program"),
        Entry(english: "page", indonesian: "halaman"),
        Entry(english: "the page address /%1/ is used by Warta itself; rename the file or set another `slug:`",
              indonesian: "alamat halaman /%1/ dipakai Warta sendiri; ganti nama berkas atau pakai `slug:` lain"),
        Entry(english: "unknown programme `%1` (programmes: %2)", indonesian: "program `%1` tidak dikenal (program yang ada: %2)"),
        Entry(english: "unknown dataset `%1` in `key_figures`", indonesian: "data `%1` di `key_figures` tidak dikenal"),
        Entry(english: "unknown dataset `%1` (datasets: %2)", indonesian: "data `%1` tidak dikenal (data yang ada: %2)"),
        Entry(english: "unknown dataset `%1`", indonesian: "data `%1` tidak dikenal"),
        Entry(english: "tag `%1` needs at least one letter or digit", indonesian: "topik `%1` harus memuat setidaknya satu huruf atau angka"),
        Entry(english: "menu item \"%1\" names page `%2`, which is not in content/pages",
              indonesian: "butir menu \"%1\" menunjuk halaman `%2`, yang tidak ada di content/pages"),
        Entry(english: "link `%1` points outside content/", indonesian: "tautan `%1` menunjuk ke luar content/"),
        Entry(english: "link `%1` points to content/%2, which does not exist", indonesian: "tautan `%1` menunjuk ke content/%2, yang tidak ada"),
        Entry(english: "link `%1` points to `#%2`, which is not a heading or anchor on that page",
              indonesian: "tautan `%1` menunjuk ke `#%2`, yang bukan judul bagian atau jangkar di halaman itu"),
        Entry(english: "did you mean \"%1\"?", indonesian: "maksud Anda \"%1\"?"),
        Entry(english: "cannot parse Markdown", indonesian: "Markdown tidak dapat dibaca"),

        // Site configuration
        Entry(english: "a menu item needs `url:` (a path in the site starting with `/`, like /berita/) or `page:` (the slug of a page in content/pages)",
              indonesian: "butir menu perlu `url:` (alamat di situs yang diawali `/`, seperti /berita/) atau `page:` (nama halaman di content/pages)"),
        Entry(english: "`base_url` must be an absolute http(s) address such as https://example.go.id/dinsos/",
              indonesian: "`base_url` harus alamat lengkap http(s), misalnya https://example.go.id/dinsos/"),
        Entry(english: "unknown time zone `%1`", indonesian: "zona waktu `%1` tidak dikenal"),
        Entry(english: "use a name such as Asia/Pontianak, Asia/Jakarta, Asia/Makassar or Asia/Jayapura",
              indonesian: "pakai nama seperti Asia/Pontianak, Asia/Jakarta, Asia/Makassar atau Asia/Jayapura"),
        Entry(english: "`news_per_page` must be at least 1", indonesian: "`news_per_page` paling sedikit 1"),
        // Site configuration: logo, tasks, contact, link style (issue 20)
        Entry(english: "the site gives citizens no way to contact the office",
              indonesian: "situs ini tidak memberi warga cara menghubungi kantor"),
        Entry(english: "add `phone:`, `whatsapp:`, `email:` or `address:` under `organisation:` in site.yml",
              indonesian: "tambahkan `phone:`, `whatsapp:`, `email:` atau `address:` di bawah `organisation:` pada site.yml"),
        Entry(english: "a task needs `url:` (a path in the site like /program/dtks/, or an official service's https:// address) or `page:` (the slug of a page in content/pages)",
              indonesian: "layanan perlu `url:` (alamat di situs seperti /program/dtks/, atau alamat https:// layanan resmi) atau `page:` (nama halaman di content/pages)"),
        Entry(english: "task \"%1\" names page `%2`, which is not in content/pages",
              indonesian: "layanan \"%1\" menyebut halaman `%2`, yang tidak ada di content/pages"),
        Entry(english: "task \"%1\" links to /%2, which is not a page of the site",
              indonesian: "layanan \"%1\" menautkan ke /%2, yang bukan halaman situs ini"),
        Entry(english: "`logo` names %1, which is not in content/media", indonesian: "`logo` menyebut %1, yang tidak ada di content/media"),
        Entry(english: "put the logo in content/media/ and write `logo: media/<file>`",
              indonesian: "simpan logo di content/media/ lalu tulis `logo: media/<berkas>`"),
        Entry(english: "`links` must be `index.html` or `directory`", indonesian: "`links` harus `index.html` atau `directory`"),
        Entry(english: "index.html: links work from a web server and from disk; directory: clean addresses, for a site on a web server",
              indonesian: "index.html: tautan berfungsi dari server web maupun dari disk; directory: alamat bersih, untuk situs di server web"),
        Entry(english: "a task", indonesian: "butir layanan"),

        // Datasets and CSV
        Entry(english: "dataset file names may use only lowercase letters, digits and hyphens (e.g. kemiskinan-2024.md)",
              indonesian: "nama berkas data hanya boleh memakai huruf kecil, angka dan tanda hubung (misalnya kemiskinan-2024.md)"),
        Entry(english: "rename it to %1", indonesian: "ganti namanya menjadi %1"),
        Entry(english: "unknown column type `%1`; use one of: %2", indonesian: "jenis kolom `%1` tidak dikenal; pakai salah satu: %2"),
        Entry(english: "`updated` must be a date written YYYY-MM-DD", indonesian: "`updated` harus tanggal yang ditulis TTTT-BB-HH"),
        Entry(english: "`locale` must be `id` (4,20 and 11.314) or `en` (4.20 and 11,314)",
              indonesian: "`locale` harus `id` (4,20 dan 11.314) atau `en` (4.20 dan 11,314)"),
        Entry(english: "`delimiter` must be \",\", \";\" or \"tab\"", indonesian: "`delimiter` harus \",\", \";\" atau \"tab\""),
        Entry(english: "the data file %1 is missing; every dataset needs a .csv beside its .md",
              indonesian: "berkas data %1 tidak ada; setiap data perlu berkas .csv di samping .md-nya"),
        Entry(english: "column `%1` is not in the CSV header (%2)", indonesian: "kolom `%1` tidak ada di baris judul CSV (%2)"),
        Entry(english: "`%1` in column `%2` is not a year (write it as 2024)", indonesian: "`%1` di kolom `%2` bukan tahun (tulis seperti 2024)"),
        Entry(english: "`%1` in column `%2` is not a date (write it as YYYY-MM-DD)", indonesian: "`%1` di kolom `%2` bukan tanggal (tulis sebagai TTTT-BB-HH)"),
        Entry(english: "`%1` in column `%2` is not a number (write numbers like %3; leave the cell empty when there is no data)",
              indonesian: "`%1` di kolom `%2` bukan angka (tulis angka seperti %3; kosongkan sel bila datanya tidak ada)"),
        Entry(english: "11.314 or 4,20", indonesian: "11.314 atau 4,20"),
        Entry(english: "11,314 or 4.20", indonesian: "11,314 atau 4.20"),
        Entry(english: "file is empty; expected a header line with column names", indonesian: "berkas kosong; baris pertama harus berisi nama-nama kolom"),
        Entry(english: "column %1 of the header has no name", indonesian: "kolom ke-%1 pada baris judul tidak bernama"),
        Entry(english: "a delimiter at the end of the line adds an empty column", indonesian: "pemisah di akhir baris menambah satu kolom kosong"),
        Entry(english: "duplicate column name \"%1\" (also column %2)", indonesian: "nama kolom \"%1\" dipakai dua kali (juga kolom ke-%2)"),
        Entry(english: "row has %1 fields but the header has %2", indonesian: "baris ini berisi %1 nilai, padahal baris judul berisi %2"),
        Entry(english: "row has %1 field but the header has %2", indonesian: "baris ini berisi %1 nilai, padahal baris judul berisi %2"),
        Entry(english: "a value containing a comma, such as the decimal comma in 4,20, must be in double quotes",
              indonesian: "nilai yang memuat koma, seperti koma desimal pada 4,20, harus diapit tanda kutip ganda"),
        Entry(english: "quote character inside an unquoted value", indonesian: "ada tanda kutip di dalam nilai yang tidak dikutip"),
        Entry(english: "opening quote is never closed", indonesian: "tanda kutip pembuka tidak pernah ditutup"),
        Entry(english: "inside a quoted value, write a quote character as two quotes (\"\")",
              indonesian: "di dalam nilai yang dikutip, tulis tanda kutip sebagai dua tanda kutip (\"\")"),
        Entry(english: "unexpected text after closing quote", indonesian: "ada teks setelah tanda kutip penutup"),
        Entry(english: "put the whole value in double quotes and write each quote inside it as two quotes (\"\"), e.g. \"5\"\" layar\"",
              indonesian: "apit seluruh nilai dengan tanda kutip ganda dan tulis setiap tanda kutip di dalamnya sebagai dua (\"\"), misalnya \"5\"\" layar\""),
        Entry(english: "invalid UTF-8 byte %1 on line %2; the file must be saved as UTF-8",
              indonesian: "bita %1 pada baris %2 bukan UTF-8; berkas harus disimpan sebagai UTF-8"),
        Entry(english: "in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving; in LibreOffice choose the character set \"Unicode (UTF-8)\"",
              indonesian: "di Excel pilih \"CSV UTF-8 (Comma delimited)\" saat menyimpan; di LibreOffice pilih set karakter \"Unicode (UTF-8)\""),
        Entry(english: "a CSV delimiter cannot be a quote or a line break", indonesian: "pemisah CSV tidak boleh tanda kutip atau ganti baris"),
        Entry(english: "unknown chart type `%1`; use one of: %2", indonesian: "jenis grafik `%1` tidak dikenal; pakai salah satu: %2"),
        Entry(english: "chart %1 column \"%2\" is not a column of dataset \"%3\"", indonesian: "kolom %1 grafik \"%2\" bukan kolom data \"%3\""),
        Entry(english: "chart x column \"%1\" is numeric; its values are drawn as categories",
              indonesian: "kolom x grafik \"%1\" berisi angka; nilainya digambar sebagai kategori"),
        Entry(english: "declare it as year, date or category", indonesian: "nyatakan jenisnya sebagai year, date atau category"),
        Entry(english: "chart has no series", indonesian: "grafik tidak punya deret angka"),
        Entry(english: "numeric columns: %1", indonesian: "kolom angka: %1"),
        Entry(english: "chart series \"%1\" is listed twice", indonesian: "deret \"%1\" disebut dua kali"),
        Entry(english: "chart series column \"%1\" is not numeric (%2)", indonesian: "kolom deret \"%1\" bukan angka (%2)"),
        Entry(english: "stacked chart series \"%1\" has negative values, which stack below zero and hide the totals",
              indonesian: "deret bertumpuk \"%1\" memuat nilai negatif, yang bertumpuk di bawah nol dan menyembunyikan jumlahnya"),
        Entry(english: "use kind: grouped", indonesian: "pakai jenis grouped"),
        Entry(english: "chart has %1 series; beyond %2 their colours and markers repeat",
              indonesian: "grafik punya %1 deret; lebih dari %2, warna dan penandanya berulang"),
        Entry(english: "split the chart or show fewer series", indonesian: "pecah grafiknya atau tampilkan lebih sedikit deret"),
        Entry(english: "dataset \"%1\" has %2 rows, more than a readable chart can show (%3); its page shows the table and downloads only",
              indonesian: "data \"%1\" punya %2 baris, terlalu banyak untuk grafik yang terbaca (paling banyak %3); halamannya hanya menampilkan tabel dan unduhan"),
        Entry(english: "dataset \"%1\" has no rows; the chart will say there is no data",
              indonesian: "data \"%1\" tidak punya baris; grafik akan menyatakan datanya tidak ada"),

        // Templates
        Entry(english: "the templates folder is missing", indonesian: "folder templates tidak ada"),
        Entry(english: "cannot read template", indonesian: "templat tidak dapat dibaca"),
        Entry(english: "required template is missing", indonesian: "templat wajib ini tidak ada"),
        Entry(english: "the stylesheet is missing", indonesian: "lembar gaya (stylesheet) tidak ada"),
        Entry(english: "template syntax error: %1", indonesian: "kesalahan penulisan templat: %1"),
        Entry(english: "template `%1` includes `%2`, which is not in templates/", indonesian: "templat `%1` memuat `%2`, yang tidak ada di templates/"),
        Entry(english: "`%1` is empty here: templates in templates/%2 are made once for many pages",
              indonesian: "`%1` kosong di sini: templat di templates/%2 dibuat sekali untuk banyak halaman"),
        Entry(english: "move it into the page's own template or layout.mustache", indonesian: "pindahkan ke templat halamannya sendiri atau ke layout.mustache"),
        Entry(english: "a closing tag {{/…}} does not match the section it closes", indonesian: "tag penutup {{/…}} tidak cocok dengan bagian yang ditutupnya"),
        Entry(english: "a tag is not closed with }}", indonesian: "sebuah tag tidak ditutup dengan }}"),
        Entry(english: "a section {{#…}} or {{^…}} is never closed with {{/…}}", indonesian: "bagian {{#…}} atau {{^…}} tidak pernah ditutup dengan {{/…}}"),
        Entry(english: "badly formed delimiter change {{=… …=}}", indonesian: "penggantian pembatas {{=… …=}} salah tulis"),
        Entry(english: "a transform cannot be applied to an inherited section", indonesian: "transformasi tidak dapat dipakai pada bagian warisan"),
        Entry(english: "only {{$block}} overrides may stand inside {{<parent}} … {{/parent}}",
              indonesian: "hanya penimpaan {{$blok}} yang boleh ada di dalam {{<induk}} … {{/induk}}"),
        Entry(english: "unknown {{% … }} setting", indonesian: "pengaturan {{% … }} tidak dikenal"),
        Entry(english: "in: %1", indonesian: "pada: %1"),

        // Output
        Entry(english: "refusing to write the site here: %1", indonesian: "situs tidak akan ditulis di sini: %1"),
        Entry(english: "the output folder cannot be the file system root", indonesian: "folder keluaran tidak boleh akar sistem berkas"),
        Entry(english: "the output folder cannot be your home folder", indonesian: "folder keluaran tidak boleh folder rumah Anda"),
        Entry(english: "the output folder cannot be the project folder or contain it", indonesian: "folder keluaran tidak boleh folder proyek atau memuatnya"),
        Entry(english: "the output folder cannot be, contain or sit inside %1/", indonesian: "folder keluaran tidak boleh sama dengan, memuat, atau berada di dalam %1/"),
        Entry(english: "%1 exists and is a file, not a folder", indonesian: "%1 sudah ada dan berupa berkas, bukan folder"),
        Entry(english: "%1 already holds files that Warta did not write; empty it or choose another output folder",
              indonesian: "%1 sudah berisi berkas yang tidak ditulis Warta; kosongkan atau pilih folder keluaran lain"),
        Entry(english: "%1 pages would be written to the same file %2; rename one of them",
              indonesian: "%1 halaman akan ditulis ke berkas yang sama %2; ganti nama salah satunya"),
        Entry(english: "cannot prepare the output folder: %1", indonesian: "folder keluaran tidak dapat disiapkan: %1"),
        Entry(english: "cannot write %1: %2", indonesian: "%1 tidak dapat ditulis: %2"),
        Entry(english: "publishing failed: %1", indonesian: "penerbitan gagal: %1"),
        Entry(english: "page %1 is %2 KB; pages this large load slowly on phones",
              indonesian: "halaman %1 berukuran %2 KB; halaman sebesar ini lambat dibuka di ponsel"),
        Entry(english: "split the content, or show a large table as a download rather than on the page",
              indonesian: "pecah isinya, atau sajikan tabel besar sebagai unduhan, bukan di halaman"),
        // Search index (issue 20)
        Entry(english: "Pagefind is not installed, so the site is published without a search index",
              indonesian: "Pagefind belum terpasang, jadi situs diterbitkan tanpa indeks pencarian"),
        Entry(english: "install it with `pip install pagefind-bin` (make site does), then build again",
              indonesian: "pasang dengan `pip install pagefind-bin` (make site memasangnya), lalu bangun ulang"),
        Entry(english: "the preview does not index the site for search, so its search page finds nothing",
              indonesian: "pratinjau tidak membuat indeks pencarian, jadi halaman pencariannya tidak menemukan apa pun"),
        Entry(english: "the preview does not index the site for search: the search index is older than the pages",
              indonesian: "pratinjau tidak memperbarui indeks pencarian: indeks pencarian lebih lama daripada halamannya"),
        Entry(english: "`warta build` makes the search index of the published site",
              indonesian: "`warta build` membuat indeks pencarian situs yang diterbitkan"),
        Entry(english: "cannot keep the search index: %1", indonesian: "indeks pencarian tidak dapat dipertahankan: %1"),
        Entry(english: "Pagefind could not index the site: %1", indonesian: "Pagefind gagal mengindeks situs: %1"),
        Entry(english: "the site is published without search; run `pagefind --site output` to see the whole message",
              indonesian: "situs diterbitkan tanpa pencarian; jalankan `pagefind --site output` untuk melihat pesan lengkapnya"),

        // Command-line summaries
        Entry(english: "%1 pages (%2 news, %3 programmes, %4 datasets)", indonesian: "%1 halaman (%2 berita, %3 program, %4 data)"),
        Entry(english: "%1 written, %2 unchanged, %3 removed", indonesian: "%1 ditulis, %2 tidak berubah, %3 dihapus"),
        Entry(english: "built", indonesian: "selesai"),
        Entry(english: "no errors", indonesian: "tidak ada kesalahan"),
        Entry(english: "build failed", indonesian: "gagal"),
        Entry(english: "%1 was not changed", indonesian: "%1 tidak diubah"),
        Entry(english: "site: %1", indonesian: "situs: %1"),
        Entry(english: "search: index made in %1", indonesian: "pencarian: indeks dibuat dalam %1"),
        Entry(english: "search: no page changed, index kept", indonesian: "pencarian: tidak ada halaman berubah, indeks tetap"),
        Entry(english: "search: no index (Pagefind is not installed: pip install pagefind-bin)",
              indonesian: "pencarian: tanpa indeks (Pagefind belum terpasang: pip install pagefind-bin)"),
        Entry(english: "search: indexing failed, see the warning above", indonesian: "pencarian: pengindeksan gagal, lihat peringatan di atas"),
        Entry(english: "in %1", indonesian: "dalam %1"),
        Entry(english: "serving %1 (press Ctrl-C to stop)", indonesian: "pratinjau di %1 (tekan Ctrl-C untuk berhenti)"),
        Entry(english: "watching content/ and templates/ for changes", indonesian: "memantau perubahan di content/ dan templates/"),
        Entry(english: "first build", indonesian: "pembangunan pertama"),
        Entry(english: "rebuild", indonesian: "bangun ulang"),
        Entry(english: "%1 and %2 more changed", indonesian: "%1 dan %2 berkas lain berubah"),
        Entry(english: "%1 changed", indonesian: "%1 berubah"),
        Entry(english: "with %1 errors in %2; shown in the browser, %3", indonesian: "dengan %1 kesalahan dalam %2; ditampilkan di peramban, %3"),
        Entry(english: "the site appears once they are fixed", indonesian: "situs muncul setelah kesalahannya diperbaiki"),
        Entry(english: "the last good site is still served", indonesian: "situs terakhir yang benar tetap ditampilkan"),
        Entry(english: "stopped", indonesian: "berhenti"),

        // The most general patterns last, so that specific messages are found first.
        Entry(english: "`%1` must be %2", indonesian: "`%1` harus %2"),
        Entry(english: "`%1`", indonesian: "`%1`"),
    ]

    private struct CompiledEntry: @unchecked Sendable {
        package var pattern: NSRegularExpression
        package var entry: Entry
    }

    private static let compiled: [CompiledEntry] = entries.map { entry in
        var pattern = "^"
        var rest = Substring(entry.english)
        while let marker = rest.range(of: #"%[1-9]"#, options: .regularExpression) {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<marker.lowerBound])) + "(.*?)"
            rest = rest[marker.upperBound...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return CompiledEntry(pattern: try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]), entry: entry)
    }

    /// The message in `language`; text without a catalogue entry is returned as written.
    package static func translate(_ english: String, to language: MessageLanguage) -> String {
        guard language == .indonesian else { return english }
        return translation(of: english) ?? english
    }

    /// Nil when the catalogue has no entry for the message; a test keeps that from happening.
    package static func translation(of english: String) -> String? {
        let range = NSRange(english.startIndex..., in: english)
        for candidate in compiled {
            guard let match = candidate.pattern.firstMatch(in: english, range: range) else { continue }
            // A group that matched nothing leaves its placeholder as written.
            let arguments = (1..<max(1, match.numberOfRanges)).map { group -> String in
                guard let argumentRange = Range(match.range(at: group), in: english) else { return "%\(group)" }
                let argument = String(english[argumentRange])
                return argument == english ? argument : (translation(of: argument) ?? argument)
            }
            return UIStrings.fill(candidate.entry.indonesian, arguments: arguments)
        }
        return nil
    }
}

package extension Diagnostic {
    /// `path:line:column: severity: message` in the reader's language (severity words stay English,
    /// as editors match them).
    package func compilerStyle(in language: MessageLanguage) -> String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(MessageCatalogue.translate(message, to: language))"
    }
}
