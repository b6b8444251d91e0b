"""Session records: the SQLite store, export (csv, json, xapi), LRS sending, the class report.

Imports the engine only (never pygame, never game.ui). The pieces:

    store.RecordStore.open(path=None, clock=utc_now)   # WAL database in the data folder (game.datadirs)
        .start_session(player, scenario, content_hash, seed, lang, mode) -> session id | None
        .record_decision(...) / .record_reflection(...) / .finish_session(...)
        .enabled, .message                              # False + why, when records are not kept
    recorder.SessionRecorder.begin(store, session, player, lang, mode,
                                   learner_id=, class_name=, batch=, organisation=)
        .after_choice(votes=None), .finish(), .abandon()  # what a front end calls
    texts                                               # the scenario texts a record keeps (schema 2)
    settings.load_settings()                            # records-settings.json: organisation, iri_base
    learner.learner_identity(args)                      # who plays in the terminal
    export.render(sessions, "csv"|"json"|"xapi", now); export.from_json / from_csv
    xapi.statements(sessions); xapi.check_statement(statement) -> problems
    lrs.send_statements(url, statements, user, password, outbox)
    report.build_report(sessions, lang, now, scenarios); summary.merge(*exports)
    cli_commands.add_record_arguments(subparsers), export_main(args), report_main(args),
        add_play_record_options(parser), play_recorder(args, session)
"""
