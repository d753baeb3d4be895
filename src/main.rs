fn main() -> std::process::ExitCode {
    airsecrets::main(std::env::args_os())
}
