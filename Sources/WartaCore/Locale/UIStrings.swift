import Foundation

/// Every piece of interface text Warta prints into a site, in one place per language,
/// so that adding a language means adding one value here.
package struct UIStrings: Sendable {
    package var languageCode: String
    /// The Open Graph locale of pages (`og:locale`), language and territory.
    package var openGraphLocale: String
    package var numberStyle: NumberStyle
    /// Sunday first, as `CalendarDay.weekday` counts.
    package var weekdays: [String]
    package var months: [String]

    // Site chrome
    package var skipToContent: String
    package var mainMenu: String
    package var home: String
    package var news: String
    package var programs: String
    package var statistics: String
    package var topics: String
    package var latestNews: String
    package var keyFigures: String
    package var allNews: String
    package var allPrograms: String
    package var allStatistics: String
    package var readMore: String
    package var pageOf: String  // "Halaman %1 dari %2"
    package var pagination: String
    package var previousPage: String
    package var nextPage: String
    package var previousArticle: String
    package var nextArticle: String
    package var articleNavigation: String
    package var source: String
    package var author: String
    package var tags: String
    package var relatedPrograms: String
    package var articlesCount: String  // "%1 berita"
    package var newsAboutTopic: String  // "Berita bertopik “%1”"
    package var newsAboutProgram: String
    package var noNewsYet: String
    package var eligibility: String
    package var howToApply: String
    package var funding: String
    package var contact: String
    package var datasetsOfProgram: String
    package var unit: String
    package var dataAsOf: String  // "Data per %1"
    package var downloadCSV: String
    package var downloadJSON: String
    package var downloadXLSX: String
    package var downloadCSVW: String
    package var downloadSVG: String
    package var dataTable: String
    package var sampleDataNotice: String
    package var tableTruncated: String  // "Tabel ini menampilkan %1 dari %2 baris …"
    package var sampleArticleNotice: String
    /// The short mark beside a sample item in a list.
    package var sampleBadge: String
    package var notFoundTitle: String
    package var notFoundText: String
    package var openingHours: String
    package var address: String
    package var phone: String
    package var email: String
    package var feedTitle: String
    package var builtWith: String
    /// The phone menu's button.
    package var menu: String
    /// The home page's heading over `tasks`.
    package var commonTasks: String
    /// Under a task that leads to another site: "Layanan resmi di %1" (its host).
    package var officialServiceAt: String
    package var documentsToBring: String
    /// The label of a programme page's jump links.
    package var onThisPage: String
    package var viewOnMap: String
    package var tryThesePages: String
    package var followNews: String
    /// What a feed is for, in the footer; HTML (it marks the English term with `lang`).
    package var feedReaderNote: String
    package var subscribeToNews: String
    /// The mark on a key figure made from sample data.
    package var sampleDataBadge: String
    /// How a sample article or dataset is named where it travels alone (a title, a feed entry, a
    /// shared link's preview): "Contoh: %1".
    package var sampleTitle: String

    // Search
    package var search: String
    package var searchTitle: String
    /// The search box's label, read by screen readers (the box shows `search` as its button).
    package var searchLabel: String
    package var searchNoScript: String
    package var searchBrowse: String
    package var searchUnavailable: String
    package var searchFromDisk: String
    package var searchSearching: String
    package var searchResultCount: String  // "%1 hasil untuk “%2”"
    package var searchNoResults: String  // "Tidak ada hasil untuk “%1”."
    package var searchFailed: String
    package var allPages: String

    // Charts
    package var chartSourcePrefix: String  // "Sumber: %1"
    package var chartAxisNotAtZero: String
    package var chartMissingValue: String
    package var chartPoints: String  // unit of a change in percent points: "poin"
    package var chartRoseFromTo: String  // "%1 naik dari %2 (%3) menjadi %4 (%5)"
    package var chartFellFromTo: String
    package var chartUnchanged: String
    package var chartSingleValue: String  // "%1: %2 (%3)"
    package var chartHighestLowest: String  // "Tertinggi %1 (%2), terendah %3 (%4)"
    package var chartChangeUp: String
    package var chartChangeDown: String
    package var chartChangeNone: String
    package var chartComparedWith: String  // "dibanding %1"
    package var chartSeriesHighestLowest: String  // "%1: tertinggi %2 (%3), terendah %4 (%5)"
    package var chartSameForAll: String  // "%1: %2 di semua kategori"
    package var chartSeriesNoData: String  // "%1: tidak ada data"

    package static let indonesian = UIStrings(
        languageCode: "id",
        openGraphLocale: "id_ID",
        numberStyle: .indonesian,
        weekdays: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
        months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"],
        skipToContent: "Langsung ke isi",
        mainMenu: "Menu utama",
        home: "Beranda",
        news: "Berita",
        programs: "Program",
        statistics: "Statistik",
        topics: "Topik",
        latestNews: "Berita terbaru",
        keyFigures: "Angka kunci",
        allNews: "Semua berita",
        allPrograms: "Semua program",
        allStatistics: "Semua data statistik",
        readMore: "Baca selengkapnya",
        pageOf: "Halaman %1 dari %2",
        pagination: "Navigasi halaman",
        previousPage: "Halaman sebelumnya",
        nextPage: "Halaman berikutnya",
        previousArticle: "Berita sebelumnya",
        nextArticle: "Berita berikutnya",
        articleNavigation: "Berita lain",
        source: "Sumber",
        author: "Penulis",
        tags: "Topik",
        relatedPrograms: "Program terkait",
        articlesCount: "%1 berita",
        newsAboutTopic: "Berita bertopik “%1”",
        newsAboutProgram: "Berita tentang program ini",
        noNewsYet: "Belum ada berita.",
        eligibility: "Siapa yang berhak",
        howToApply: "Cara mendaftar",
        funding: "Sumber dana",
        contact: "Kontak",
        datasetsOfProgram: "Data terkait",
        unit: "Satuan",
        dataAsOf: "Data per %1",
        downloadCSV: "Unduh data (CSV)",
        downloadJSON: "Unduh data (JSON)",
        downloadXLSX: "Unduh data (Excel, XLSX)",
        downloadCSVW: "Keterangan kolom (CSVW)",
        downloadSVG: "Unduh grafik (SVG)",
        dataTable: "Tabel data",
        sampleDataNotice: "Data contoh: angka pada tabel ini hanya ilustrasi, bukan data resmi.",
        tableTruncated: "Tabel ini menampilkan %1 baris pertama dari %2; data lengkap ada di berkas CSV.",
        sampleArticleNotice: "Berita contoh: tulisan ini hanya ilustrasi untuk menunjukkan fitur situs, bukan berita resmi.",
        sampleBadge: "Contoh",
        notFoundTitle: "Halaman tidak ditemukan",
        notFoundText: "Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.",
        openingHours: "Jam layanan",
        address: "Alamat",
        phone: "Telepon",
        email: "Surel",
        feedTitle: "Berita",
        builtWith: "Dibuat dengan Warta",
        menu: "Menu",
        commonTasks: "Layanan yang sering dicari",
        officialServiceAt: "Layanan resmi di %1",
        documentsToBring: "Dokumen yang perlu dibawa",
        onThisPage: "Di halaman ini",
        viewOnMap: "Lihat di peta",
        tryThesePages: "Coba buka salah satu halaman ini",
        followNews: "Ikuti berita",
        feedReaderNote: "Berita baru tampil sendiri di aplikasi pembaca berita (<i lang=\"en\">feed reader</i>) di ponsel atau komputer: salin tautan di bawah dan tempelkan di aplikasi itu.",
        subscribeToNews: "Langganan berita (RSS/Atom)",
        sampleDataBadge: "Data contoh",
        sampleTitle: "Contoh: %1",
        search: "Cari",
        searchTitle: "Cari di situs ini",
        searchLabel: "Cari berita, program, atau data",
        searchNoScript: "Pencarian di halaman ini memerlukan JavaScript, yang tidak aktif di peramban Anda. Semua isi situs tetap dapat ditemukan lewat daftar di bawah.",
        searchBrowse: "Telusuri isi situs",
        searchUnavailable: "Pencarian belum tersedia di situs ini: indeks pencarian belum dibuat. Semua isi situs tetap dapat ditemukan lewat daftar di bawah.",
        searchFromDisk: "Pencarian hanya berfungsi bila situs dibuka dari server web, bukan langsung dari berkas di komputer. Gunakan daftar di bawah.",
        searchSearching: "Mencari…",
        searchResultCount: "%1 hasil untuk “%2”",
        searchNoResults: "Tidak ada hasil untuk “%1”. Coba kata lain, atau telusuri daftar di bawah.",
        searchFailed: "Pencarian gagal dimuat. Coba muat ulang halaman, atau telusuri daftar di bawah.",
        allPages: "Halaman lain",
        chartSourcePrefix: "Sumber: %1",
        chartAxisNotAtZero: "Sumbu tegak tidak dimulai dari nol",
        chartMissingValue: "tidak ada data",
        chartPoints: "poin",
        chartRoseFromTo: "%1 naik dari %2 (%3) menjadi %4 (%5)",
        chartFellFromTo: "%1 turun dari %2 (%3) menjadi %4 (%5)",
        chartUnchanged: "%1 tetap %2 dari %3 hingga %4",
        chartSingleValue: "%1: %2 (%3)",
        chartHighestLowest: "Tertinggi %1 (%2), terendah %3 (%4)",
        chartChangeUp: "naik",
        chartChangeDown: "turun",
        chartChangeNone: "tetap",
        chartComparedWith: "dibanding %1",
        chartSeriesHighestLowest: "%1: tertinggi %2 (%3), terendah %4 (%5)",
        chartSameForAll: "%1: %2 di semua kategori",
        chartSeriesNoData: "%1: tidak ada data"
    )

    package static let english = UIStrings(
        languageCode: "en",
        openGraphLocale: "en_GB",
        numberStyle: .english,
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
        skipToContent: "Skip to content",
        mainMenu: "Main menu",
        home: "Home",
        news: "News",
        programs: "Programmes",
        statistics: "Statistics",
        topics: "Topics",
        latestNews: "Latest news",
        keyFigures: "Key figures",
        allNews: "All news",
        allPrograms: "All programmes",
        allStatistics: "All statistics",
        readMore: "Read more",
        pageOf: "Page %1 of %2",
        pagination: "Pages",
        previousPage: "Previous page",
        nextPage: "Next page",
        previousArticle: "Previous article",
        nextArticle: "Next article",
        articleNavigation: "More news",
        source: "Source",
        author: "Author",
        tags: "Topics",
        relatedPrograms: "Related programmes",
        articlesCount: "%1 articles",
        newsAboutTopic: "News on “%1”",
        newsAboutProgram: "News about this programme",
        noNewsYet: "No news yet.",
        eligibility: "Who is eligible",
        howToApply: "How to apply",
        funding: "Funding",
        contact: "Contact",
        datasetsOfProgram: "Related data",
        unit: "Unit",
        dataAsOf: "Data as of %1",
        downloadCSV: "Download data (CSV)",
        downloadJSON: "Download data (JSON)",
        downloadXLSX: "Download data (Excel, XLSX)",
        downloadCSVW: "Column descriptions (CSVW)",
        downloadSVG: "Download chart (SVG)",
        dataTable: "Data table",
        sampleDataNotice: "Sample data: the figures in this table are for illustration only, not official data.",
        tableTruncated: "This table shows the first %1 of %2 rows; the full data is in the CSV file.",
        sampleArticleNotice: "Sample article: this text only illustrates what the site can do; it is not official news.",
        sampleBadge: "Sample",
        notFoundTitle: "Page not found",
        notFoundText: "Sorry, the page you are looking for does not exist or has moved.",
        openingHours: "Opening hours",
        address: "Address",
        phone: "Telephone",
        email: "Email",
        feedTitle: "News",
        builtWith: "Made with Warta",
        menu: "Menu",
        commonTasks: "Services people often look for",
        officialServiceAt: "Official service at %1",
        documentsToBring: "Documents to bring",
        onThisPage: "On this page",
        viewOnMap: "View on map",
        tryThesePages: "Try one of these pages",
        followNews: "Follow the news",
        feedReaderNote: "New articles appear by themselves in a feed reader app on your phone or computer: copy the link below and paste it into that app.",
        subscribeToNews: "Subscribe to the news (RSS/Atom)",
        sampleDataBadge: "Sample data",
        sampleTitle: "Sample: %1",
        search: "Search",
        searchTitle: "Search this site",
        searchLabel: "Search news, programmes or data",
        searchNoScript: "Searching on this page needs JavaScript, which is turned off in your browser. Everything on the site can still be found through the list below.",
        searchBrowse: "Browse the site",
        searchUnavailable: "Search is not available on this site yet: its search index has not been made. Everything on the site can still be found through the list below.",
        searchFromDisk: "Search works only when the site is opened from a web server, not straight from files on a computer. Use the list below.",
        searchSearching: "Searching…",
        searchResultCount: "Results for “%2”: %1",
        searchNoResults: "No results for “%1”. Try another word, or browse the list below.",
        searchFailed: "Search could not be loaded. Try reloading the page, or browse the list below.",
        allPages: "Other pages",
        chartSourcePrefix: "Source: %1",
        chartAxisNotAtZero: "The vertical axis does not start at zero",
        chartMissingValue: "no data",
        chartPoints: "points",
        chartRoseFromTo: "%1 rose from %2 (%3) to %4 (%5)",
        chartFellFromTo: "%1 fell from %2 (%3) to %4 (%5)",
        chartUnchanged: "%1 stayed at %2 from %3 to %4",
        chartSingleValue: "%1: %2 (%3)",
        chartHighestLowest: "Highest %1 (%2), lowest %3 (%4)",
        chartChangeUp: "up",
        chartChangeDown: "down",
        chartChangeNone: "unchanged",
        chartComparedWith: "compared with %1",
        chartSeriesHighestLowest: "%1: highest %2 (%3), lowest %4 (%5)",
        chartSameForAll: "%1: %2 in every category",
        chartSeriesNoData: "%1: no data"
    )

    /// Fills `%1`, `%2` … in a catalogue entry, in one pass: an argument is never searched for
    /// placeholders itself (a tag or a column may be named `Tahap %2`). Of the digits after a `%`,
    /// the longest run that numbers an argument is the placeholder (`%12` is `%1` then `2` when
    /// there are fewer than twelve); a `%` that numbers none is kept as it is.
    package static func fill(_ template: String, _ arguments: String...) -> String {
        fill(template, arguments: arguments)
    }

    package static func fill(_ template: String, arguments: [String]) -> String {
        let bytes = Array(template.utf8)
        var result = ""
        result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var copiedUpTo = 0
        var position = 0
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "%") else {
                position += 1
                continue
            }
            var end = position + 1
            var number = 0
            var placeholder: (end: Int, number: Int)?
            while end < bytes.count, let digit = asciiDigit(bytes[end]), number <= arguments.count {
                number = number * 10 + digit
                end += 1
                if number >= 1 && number <= arguments.count { placeholder = (end, number) }
            }
            guard let placeholder else {
                position += 1
                continue
            }
            result += String(decoding: bytes[copiedUpTo..<position], as: UTF8.self)
            result += arguments[placeholder.number - 1]
            copiedUpTo = placeholder.end
            position = placeholder.end
        }
        result += String(decoding: bytes[copiedUpTo...], as: UTF8.self)
        return result
    }

    private static func asciiDigit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// `Selasa, 12 November 2024`
    package func longDate(_ day: CalendarDay) -> String {
        "\(weekdays[day.weekday]), \(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// `12 November 2024`
    package func mediumDate(_ day: CalendarDay) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
