import WartaCore
/// Pages from `content/pages/` (about, complaints, FAQ …) at `/<slug>/`.
package enum StaticPages {
    package static func page(_ page: PageContext, index: Int, log: DiagnosticLog) -> PageValues {
        let environment = page.environment
        let staticPage = environment.site.pages[index]
        return page.context(title: staticPage.title, description: staticPage.summary, main: TemplateValues.compact([
            "title": staticPage.title,
            "summary": staticPage.summary,
            "body": environment.html(of: staticPage.body, on: page.path, log: log),
        ]), searchable: true)
    }
}
