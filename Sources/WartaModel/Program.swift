import WartaCore
/// An aid programme the office runs, from `content/programs/<slug>.md`.
package struct Program: Sendable {
    package var slug: String
    package var title: String
    package var summary: String
    package var order: Int
    package var funding: String?
    package var eligibility: [String]
    package var howToApply: [String]
    /// What to bring when applying ("Dokumen yang perlu dibawa").
    package var documents: [String]
    package var contact: String?
    package var datasets: [Located<String>]
    package var body: MarkdownSource
    package var location: SourceLocation

    package init(slug: String, title: String, summary: String, order: Int, funding: String? = nil, eligibility: [String], howToApply: [String], documents: [String] = [], contact: String? = nil, datasets: [Located<String>], body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.funding = funding
        self.eligibility = eligibility
        self.howToApply = howToApply
        self.documents = documents
        self.contact = contact
        self.datasets = datasets
        self.body = body
        self.location = location
    }
}
