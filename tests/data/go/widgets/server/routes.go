// Routes of the invented widgets service, written for the spec_audit tests (not Ollama's code).
package server

func (s *Server) GenerateRoutes() (http.Handler, error) {
	r := gin.Default()
	r.GET("/widgets", s.ListWidgets)
	r.HEAD("/widgets", s.ListWidgets)
	r.POST("/widgets", s.CreateWidget)
	r.DELETE("/widgets/:id", s.DeleteWidget)
	r.GET("/v1/widgets", s.ListWidgets)
	return r, nil
}
