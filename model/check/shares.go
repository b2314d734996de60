package check

func (c *checker) checkShares(s *sentence) {}
