/// What the command line prints besides diagnostics: summaries, and the preview's running log.
package enum ConsoleMessage: MessageText {
    /// The label before a hint.
    case hintLabel
    case problemCounts(errors: Int, warnings: Int)
    case pageCounts(pages: Int, news: Int, programmes: Int, datasets: Int)
    case fileCounts(written: Int, unchanged: Int, removed: Int)
    case built
    case noErrors
    case buildFailed
    case notChanged(path: String)
    case siteAt(path: String)
    /// `duration` already formatted (`0.42 s`).
    case took(duration: String)
    case serving(url: String)
    case watching
    case firstBuild
    case rebuild
    case changed(file: String, others: Int)
    case failedInPreview(errors: Int, duration: String, firstBuild: Bool)
    case stopped
    case waitingForOtherBuild
    /// `warta publish`, whose build failed: nothing is sent.
    case publishRefused
    case publishTargetMissing
    case errorLabel
    case warningLabel

    package enum Kind: CaseIterable, Hashable, Sendable {
        case hintLabel, problemCounts, pageCounts, fileCounts, built, noErrors, buildFailed, notChanged, siteAt, took, serving,
             watching, firstBuild, rebuild, changed, failedInPreview, stopped, waitingForOtherBuild,
             publishRefused, publishTargetMissing, errorLabel, warningLabel
    }

    package var kind: Kind {
        switch self {
        case .hintLabel: .hintLabel
        case .problemCounts: .problemCounts
        case .pageCounts: .pageCounts
        case .fileCounts: .fileCounts
        case .built: .built
        case .noErrors: .noErrors
        case .buildFailed: .buildFailed
        case .notChanged: .notChanged
        case .siteAt: .siteAt
        case .took: .took
        case .serving: .serving
        case .watching: .watching
        case .firstBuild: .firstBuild
        case .rebuild: .rebuild
        case .changed: .changed
        case .failedInPreview: .failedInPreview
        case .stopped: .stopped
        case .waitingForOtherBuild: .waitingForOtherBuild
        case .publishRefused: .publishRefused
        case .publishTargetMissing: .publishTargetMissing
        case .errorLabel: .errorLabel
        case .warningLabel: .warningLabel
        }
    }

    package var rendering: Rendering {
        switch self {
        case .hintLabel:
            Rendering(id: "saran", en: "hint")
        case .problemCounts(let errors, let warnings):
            Rendering(id: "\(errors) kesalahan, \(warnings) peringatan",
                      en: "\(Rendering.english(errors, "error", "errors")), \(Rendering.english(warnings, "warning", "warnings"))")
        case .pageCounts(let pages, let news, let programmes, let datasets):
            Rendering(id: "\(pages) halaman (\(news) berita, \(programmes) program, \(datasets) data)",
                      en: "\(Rendering.english(pages, "page", "pages")) (\(news) news, \(Rendering.english(programmes, "programme", "programmes")), \(Rendering.english(datasets, "dataset", "datasets")))")
        case .fileCounts(let written, let unchanged, let removed):
            Rendering(id: "\(written) ditulis, \(unchanged) tidak berubah, \(removed) dihapus",
                      en: "\(written) written, \(unchanged) unchanged, \(removed) removed")
        case .built:
            Rendering(id: "selesai", en: "built")
        case .noErrors:
            Rendering(id: "tidak ada kesalahan", en: "no errors")
        case .buildFailed:
            Rendering(id: "gagal", en: "build failed")
        case .notChanged(let path):
            Rendering(id: "\(path) tidak diubah", en: "\(path) was not changed")
        case .siteAt(let path):
            Rendering(id: "situs: \(path)", en: "site: \(path)")
        case .took(let duration):
            Rendering(id: "dalam \(duration)", en: "in \(duration)")
        case .serving(let url):
            Rendering(id: "pratinjau di \(url) (tekan Ctrl-C untuk berhenti)", en: "serving \(url) (press Ctrl-C to stop)")
        case .watching:
            Rendering(id: "memantau perubahan di content/ dan templates/", en: "watching content/ and templates/ for changes")
        case .firstBuild:
            Rendering(id: "pembangunan pertama", en: "first build")
        case .rebuild:
            Rendering(id: "bangun ulang", en: "rebuild")
        case .changed(let file, 0):
            Rendering(id: "\(file) berubah", en: "\(file) changed")
        case .changed(let file, let others):
            Rendering(id: "\(file) dan \(others) berkas lain berubah", en: "\(file) and \(others) more changed")
        case .failedInPreview(let errors, let duration, let firstBuild):
            Rendering(id: "dengan \(errors) kesalahan dalam \(duration); ditampilkan di peramban, "
                          + (firstBuild ? "situs muncul setelah kesalahannya diperbaiki" : "situs terakhir yang benar tetap ditampilkan"),
                      en: "with \(Rendering.english(errors, "error", "errors")) in \(duration); shown in the browser, "
                          + (firstBuild ? "the site appears once they are fixed" : "the last good site is still served"))
        case .stopped:
            Rendering(id: "berhenti", en: "stopped")
        case .waitingForOtherBuild:
            Rendering(id: "pembangunan lain pada proyek ini sedang berjalan; menunggu hingga selesai …",
                      en: "another build of this project is running; waiting for it to finish …")
        case .publishRefused:
            Rendering(id: "tidak diterbitkan: situs gagal dibangun; perbaiki masalah di atas, lalu jalankan warta publish lagi",
                      en: "not published: the site did not build; fix the problems above, then run warta publish again")
        case .publishTargetMissing:
            Rendering(id: "tujuan penerbitan belum ada: tulis `warta publish sftp://pengguna@server/folder/` atau isian `publish:` di content/site.yml",
                      en: "no publishing target: run `warta publish sftp://user@host/folder/` or add `publish:` to content/site.yml")
        case .errorLabel:
            Rendering(id: "kesalahan", en: "error")
        case .warningLabel:
            Rendering(id: "peringatan", en: "warning")
        }
    }
}
