import ArgumentParser

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a batch into the corpus.")
}
