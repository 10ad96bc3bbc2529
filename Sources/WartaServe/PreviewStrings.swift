import WartaCore

/// What the preview server itself says in the browser (the problem overlay, the page shown before
/// any build succeeded, the reload script): never part of a built site, so not among the site's
/// page strings. In the language of messages, as the overlay frames them.
struct PreviewStrings: Sendable, Equatable {
    var languageCode: String
    var problemsTitle: String
    var problemsIntro: String
    var errorLabel: String
    var warningLabel: String
    var hintLabel: String
    var close: String
    var disconnected: String
    var notBuiltYet: String

    init(_ language: Language) {
        switch language {
        case .indonesian: self = .indonesian
        case .english: self = .english
        }
    }

    private init(languageCode: String, problemsTitle: String, problemsIntro: String, errorLabel: String, warningLabel: String,
                 hintLabel: String, close: String, disconnected: String, notBuiltYet: String) {
        self.languageCode = languageCode
        self.problemsTitle = problemsTitle
        self.problemsIntro = problemsIntro
        self.errorLabel = errorLabel
        self.warningLabel = warningLabel
        self.hintLabel = hintLabel
        self.close = close
        self.disconnected = disconnected
        self.notBuiltYet = notBuiltYet
    }

    static let indonesian = PreviewStrings(
        languageCode: "id",
        problemsTitle: "Situs tidak dapat dibangun",
        problemsIntro: "Yang tampil di belakang ini adalah versi terakhir yang berhasil dibangun. Perbaiki masalah berikut dan simpan berkasnya; halaman akan dimuat ulang dengan sendirinya.",
        errorLabel: "kesalahan",
        warningLabel: "peringatan",
        hintLabel: "Saran",
        close: "Tutup",
        disconnected: "Sambungan ke server pratinjau terputus; mencoba lagi…",
        notBuiltYet: "Situs belum pernah berhasil dibangun. Perbaiki masalah yang tercantum; halaman ini akan dimuat ulang dengan sendirinya.")

    static let english = PreviewStrings(
        languageCode: "en",
        problemsTitle: "The site cannot be built",
        problemsIntro: "Behind this is the last version that was built successfully. Fix the problems below and save the file; the page will reload by itself.",
        errorLabel: "error",
        warningLabel: "warning",
        hintLabel: "Hint",
        close: "Close",
        disconnected: "Lost the connection to the preview server; trying again…",
        notBuiltYet: "The site has not been built successfully yet. Fix the problems listed; this page will reload by itself.")
}
