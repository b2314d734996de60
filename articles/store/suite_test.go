package store

// storeCases are the cases TestStore runs on every engine.
func storeCases() []storeCase {
	return []storeCase{
		{"MigrateFromEmpty", testMigrateFromEmpty},
		{"NewerSchemaRefused", testNewerSchemaRefused},
		{"SaveMarkPersistsWithHistory", testSaveMarkPersistsWithHistory},
		{"SaveMarkRejectsBadInput", testSaveMarkRejectsBadInput},
		{"ClearMark", testClearMark},
		{"ReattachAfterEditAndOrphans", testReattachAfterEditAndOrphans},
		{"StdinArticlesAreKeptApart", testStdinArticlesAreKeptApart},
		{"Position", testPosition},
		{"LocalPathSpellingsAreOneArticle", testLocalPathSpellingsAreOneArticle},
		{"IdenticalFiguresKeepTheirOwnMarks", testIdenticalFiguresKeepTheirOwnMarks},
		{"CancelledSaveWritesNothing", testCancelledSaveWritesNothing},
		{"OpenManyAtOnce", testOpenManyAtOnce},
		{"SaveMergesWithLatest", testSaveMergesWithLatest},
		{"SaveFieldsOfUnmarkedFigure", testSaveFieldsOfUnmarkedFigure},
		{"PositionPerReviewer", testPositionPerReviewer},
		{"ProgressAgrees", testProgressAgrees},
		{"MarksOnlyReads", testMarksOnlyReads},
		{"SaveMarkOutOfRange", testSaveMarkOutOfRange},
		{"ConcurrentGoroutines", testConcurrentGoroutines},
		{"ConcurrentProcesses", testConcurrentProcesses},
		{"CrashKeepsAcknowledgedMarks", testCrashKeepsAcknowledgedMarks},
		{"WatchSeesOtherStores", testWatchSeesOtherStores},
		{"WatchSeesOtherProcesses", testWatchSeesOtherProcesses},
		{"Presence", testPresence},
		{"PresenceExpires", testPresenceExpires},
		{"MigrationsRace", testMigrationsRace},
		{"Attribution", testAttribution},
		{"History", testHistory},
		{"Health", testHealth},
		{"CheckMarks", testCheckMarks},
		{"SaveCheckMarkRejectsBadInput", testSaveCheckMarkRejectsBadInput},
		{"ProgressCountsChecks", testProgressCountsChecks},
	}
}
